package io.hvnet.dsl.ide.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.regionaccess.IAstRegion;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionDiffBuilder;
import org.eclipse.xtext.ide.serializer.impl.ChangeTreeProvider.ResourceRecording;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IConstraint;
import org.eclipse.xtext.serializer.tokens.IEnumLiteralSerializer;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.PortRange;
import io.hvnet.dsl.hvnet.VlanIdRange;

/**
 * Xtext's partial serializer, taught four things hvnet's settings need so that a changed setting is rewritten in
 * place instead of the whole element (which would reformat it and drop a comment after it):
 * <ul>
 * <li>a changed enum value (switch type, speed unit) is written with its keyword; Xtext 2.42 passes it to the value
 * converter, which fails on an enum;</li>
 * <li>a setting written as a keyword and values ({@code ip A}, {@code speed 10 Gbps}) goes with its keyword once
 * all its values are unset;</li>
 * <li>a list written as {@code bindings a, b} is rewritten as a list (Xtext gives up on a feature assigned twice in
 * the grammar);</li>
 * <li>VLAN ids or ports added to the end of a written list of ranges are appended to it.</li>
 * </ul>
 */
public class HvNetPartialSerializer extends PartialSerializer {

	@Inject
	private IEnumLiteralSerializer enumLiterals;

	/** Settings (owner and grammar group) already removed as a whole, so that their other features add nothing. */
	private final Set<List<EObject>> removedSettings = new HashSet<>();

	@Override
	public void serializeChanges(ResourceRecording changes, ITextRegionDiffBuilder result) {
		removedSettings.clear();
		super.serializeChanges(changes, result);
	}

	@Override
	protected SerializationStrategy updateSingleValue(EObject object, EStructuralFeature feature, IAstRegion region) {
		if (feature instanceof EAttribute && region instanceof ISemanticRegion semantic
				&& region.getGrammarElement() instanceof RuleCall call && call.getRule() instanceof EnumRule) {
			String keyword = enumLiterals.serializeAssignedEnumLiteral(object, call, object.eGet(feature), null,
					getErrorAcceptor());
			return keyword == null ? null : new ReplaceRegionStrategy(semantic, keyword);
		}
		return super.updateSingleValue(object, feature, region);
	}

	@Override
	protected List<SerializationStrategy> trySerializeSingleValue(EObject owner,
			FeatureChange change, IEObjectRegion ownerRegion, IConstraint constraint) {
		EStructuralFeature feature = change.getFeature();
		if (feature instanceof EAttribute && !owner.eIsSet(feature)) {
			ISemanticRegion region = ownerRegion.getRegionFor().feature(feature);
			Group setting = region == null ? null : GrammarUtil.containingGroup(region.getGrammarElement());
			if (setting != null && allUnset(owner, setting)) {
				if (!removedSettings.add(List.of(owner, setting))) {
					return List.of();
				}
				return List.of(removeBetween(first(region, setting), last(region, setting)));
			}
		}
		return super.trySerializeSingleValue(owner, change, ownerRegion, constraint);
	}

	@Override
	protected List<SerializationStrategy> trySerializeMultiValue(EObject owner,
			FeatureChange change, IEObjectRegion ownerRegion, IConstraint constraint) {
		EStructuralFeature feature = change.getFeature();
		SerializationStrategy appended = appendedRanges(owner, change, ownerRegion);
		if (appended != null) {
			return List.of(appended);
		}
		List<ISemanticRegion> written = feature instanceof EAttribute ? ownerRegion.getRegionFor().features(feature)
				: List.of();
		if (written.isEmpty()) {
			return super.trySerializeMultiValue(owner, change, ownerRegion, constraint);
		}
		List<?> values = (List<?>) owner.eGet(feature);
		ISemanticRegion firstValue = written.get(0);
		ISemanticRegion lastValue = written.get(written.size() - 1);
		if (values.isEmpty()) {
			Group setting = GrammarUtil.containingGroup(firstValue.getGrammarElement());
			return List.of(removeBetween(setting == null ? firstValue : first(firstValue, setting), lastValue));
		}
		StringBuilder text = new StringBuilder();
		for (Object value : values) {
			text.append(text.length() == 0 ? "" : ", ").append(value);
		}
		if (written.size() == 1) {
			return List.of(new ReplaceRegionStrategy(firstValue, text.toString()));
		}
		return List.of(new ReplaceRegionStrategy(firstValue, text.toString()),
				result -> result.remove(firstValue.getNextHiddenRegion(), lastValue.getNextHiddenRegion()));
	}

	/**
	 * Ranges added at the end of a written list of them ({@code trunk 10, 100-199} gets {@code , 20}) are written
	 * after the last one; Xtext would rewrite the whole line and drop a comment after it.
	 */
	private static SerializationStrategy appendedRanges(EObject owner, FeatureChange change, IEObjectRegion ownerRegion) {
		if (!(change.getFeature() instanceof EReference ref) || !ref.isContainment() || !ref.isMany()) {
			return null;
		}
		List<?> values = (List<?>) owner.eGet(ref);
		List<?> before = change.getValue() instanceof List<?> old ? old : List.of();
		if (before.isEmpty() || before.size() >= values.size() || !values.subList(0, before.size()).equals(before)) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (Object added : values.subList(before.size(), values.size())) {
			if (!(added instanceof VlanIdRange || added instanceof PortRange)) {
				return null;
			}
			EObject range = (EObject) added;
			int first = (Integer) range.eGet(range.eClass().getEStructuralFeature("first"));
			int last = (Integer) range.eGet(range.eClass().getEStructuralFeature("last"));
			text.append(", ").append(first).append(last == 0 ? "" : "-" + last);
		}
		IEObjectRegion lastWritten = ownerRegion.getTextRegionAccess().regionForEObject((EObject) before.get(before.size() - 1));
		if (lastWritten == null) {
			return null;
		}
		ISemanticRegion lastToken = lastWritten.getNextHiddenRegion().getPreviousSemanticRegion();
		return result -> result.replace(lastToken, lastToken.getText() + text);
	}

	/** Removes the tokens; Xtext joins the space around them, {@link SerializedChange} tidies that. */
	private static SerializationStrategy removeBetween(ISemanticRegion first, ISemanticRegion last) {
		return result -> result.remove(first.getPreviousHiddenRegion(), last.getNextHiddenRegion());
	}

	private static boolean allUnset(EObject owner, Group setting) {
		for (Assignment a : GrammarUtil.containedAssignments(setting)) {
			EStructuralFeature f = owner.eClass().getEStructuralFeature(a.getFeature());
			if (f == null || owner.eIsSet(f)) {
				return false;
			}
		}
		return true;
	}

	/** The setting's first token: its keyword. */
	private static ISemanticRegion first(ISemanticRegion region, Group setting) {
		ISemanticRegion first = region;
		while (first.getPreviousSemanticRegion() != null
				&& EcoreUtil.isAncestor(setting, first.getPreviousSemanticRegion().getGrammarElement())) {
			first = first.getPreviousSemanticRegion();
		}
		return first;
	}

	private static ISemanticRegion last(ISemanticRegion region, Group setting) {
		ISemanticRegion last = region;
		while (last.getNextSemanticRegion() != null
				&& EcoreUtil.isAncestor(setting, last.getNextSemanticRegion().getGrammarElement())) {
			last = last.getNextSemanticRegion();
		}
		return last;
	}
}
