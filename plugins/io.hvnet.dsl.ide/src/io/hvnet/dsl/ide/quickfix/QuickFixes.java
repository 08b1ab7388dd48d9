package io.hvnet.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import io.hvnet.dsl.ide.edit.ResourceCopy;
import io.hvnet.dsl.ide.edit.SerializedChange;
import io.hvnet.dsl.ide.edit.TextEdit;
import io.hvnet.dsl.validation.IssueCodes;

/**
 * The obvious fixes for hvnet's diagnostics, for the Eclipse editor (quick assist) and any other client. Each fix
 * changes a copy of the model and Xtext's change serializer writes the text edits, so untouched text (comments,
 * formatting) stays as it was.
 */
public final class QuickFixes {

	private static final FixFamily MISSING_HOST_VNIC = new MissingHostVnicFix();
	private static final FixFamily ALLOW_VLAN_ON_TRUNK = new AllowVlanOnTrunkFix();

	private static final Map<String, FixFamily> BY_CODE = Map.ofEntries(
			Map.entry(IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH, new UplinkOfNonExternalFixes()),
			Map.entry(IssueCodes.VMS_WITH_IPV4, new VmsWithIpv4Fixes()),
			Map.entry(IssueCodes.TAKEN_NIC_BINDINGS, new TakenNicFix()),
			Map.entry(IssueCodes.VMS_WITHOUT_SWITCH, new FreshBindingsFix()),
			Map.entry(IssueCodes.EXTERNAL_WITHOUT_HOST_VNIC, MISSING_HOST_VNIC),
			Map.entry(IssueCodes.INTERNAL_WITHOUT_HOST_VNIC, MISSING_HOST_VNIC),
			Map.entry(IssueCodes.HOST_VNIC_ON_PRIVATE, new HostVnicOnPrivateFixes()),
			Map.entry(IssueCodes.SPEED_ON_VIRTUAL, new SpeedOnVirtualFix()),
			Map.entry(IssueCodes.TEAMING_WITHOUT_TEAM, new TeamingWithoutTeamFix()),
			Map.entry(IssueCodes.ADDRESS_WITHOUT_PREFIX, new PrefixLengthFix()),
			Map.entry(IssueCodes.CABLE_VLAN_MISMATCH, ALLOW_VLAN_ON_TRUNK),
			Map.entry(IssueCodes.VLAN_NOT_ON_UPLINK_PORT, ALLOW_VLAN_ON_TRUNK),
			Map.entry(IssueCodes.VLAN_MODE_ON_NIC, new VlanModeOnNicFix()),
			Map.entry(IssueCodes.NATIVE_VLAN_NOT_ALLOWED, new NativeVlanNotAllowedFix()));

	private QuickFixes() {
	}

	public static List<QuickFix> of(XtextResource resource, Issue issue) {
		FixFamily family = issue.getCode() == null ? null : BY_CODE.get(issue.getCode());
		if (family == null || issue.getUriToProblem() == null) {
			return List.of();
		}
		String fragment = issue.getUriToProblem().fragment();
		EObject element = resource.getEObject(fragment);
		if (element == null) {
			return List.of();
		}
		List<QuickFix> result = new ArrayList<>();
		for (ModelFix fix : family.offer(element)) {
			XtextResource copy = ResourceCopy.of(resource);
			try {
				List<TextEdit> edits = SerializedChange.edits(copy, r -> fix.change().accept(r.getEObject(fragment)));
				if (!edits.isEmpty()) {
					result.add(new QuickFix(fix.label(), edits));
				}
			} catch (SerializedChange.OtherFileChanged e) {
				// a quick fix edits the file it is offered in; a change beyond it is a refactoring's
			}
		}
		return result;
	}
}
