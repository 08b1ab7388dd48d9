package io.hvnet.dsl.ide.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
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
import org.eclipse.xtext.ide.serializer.impl.ChangeTreeProvider.EObjectChange;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IConstraint;
import org.eclipse.xtext.serializer.tokens.IEnumLiteralSerializer;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.model.edit.VlanSetting;

/**
 * Xtext's partial serializer, taught five things hvnet's settings need so that a changed setting is rewritten in
 * place instead of the whole element (which would reformat it and drop a comment after it):
 * <ul>
 * <li>a changed enum value (switch type, speed unit) is written with its keyword; Xtext 2.42 passes it to the value
 * converter, which fails on an enum;</li>
 * <li>a setting written as a keyword and values ({@code ip A}, {@code speed 10 Gbps}) goes with its keyword once
 * all its values are unset;</li>
 * <li>a list written as {@code bindings a, b} is rewritten as a list (Xtext gives up on a feature assigned twice in
 * the grammar);</li>
 * <li>an adapter's VLAN mode is rewritten as one setting ({@link VlanSettingText});</li>
 * <li>a value written once is replaced in place even where the grammar assigns its feature in several places (the
 * adapter's {@code vlan} is the access, native or primary VLAN).</li>
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

	/**
	 * An adapter's VLAN mode is one setting written with up to six features ({@code vlan trunk 10, 20 native 1}):
	 * Xtext would write each changed feature on its own and could write two {@code vlan} settings, so the setting is
	 * written again as a whole, in place, or added before the adapter's closing brace.
	 */
	@Override
	protected List<SerializationStrategy> trySerializeIndividualFeatures(EObjectChange change, IEObjectRegion original,
			ISerializationContext context, IConstraint constraint) {
		if (!(change.getEObject() instanceof Adapter adapter)
				|| change.getChanges().stream().noneMatch(c -> VlanSetting.FEATURES.contains(c.getFeature()))) {
			return super.trySerializeIndividualFeatures(change, original, context, constraint);
		}
		List<SerializationStrategy> result = new ArrayList<>();
		for (FeatureChange featureChange : change.getChanges()) {
			if (VlanSetting.FEATURES.contains(featureChange.getFeature())) {
				continue;
			}
			List<SerializationStrategy> one = featureChange.getFeature().isMany()
					? trySerializeMultiValue(adapter, featureChange, original, constraint)
					: trySerializeSingleValue(adapter, featureChange, original, constraint);
			if (one == null) {
				return null;
			}
			result.addAll(one);
		}
		result.add(VlanSettingText.rewrite(adapter, original)::accept);
		return result;
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
		if (feature instanceof EAttribute && owner.eIsSet(feature)) {
			// a value written once is replaced where it is: Xtext gives up when the grammar assigns the feature in more
			// than one place (an adapter's 'vlan' holds the access, native or primary VLAN) or when the constraint of
			// the adapter's many optional settings lists a feature twice
			List<ISemanticRegion> written = ownerRegion.getRegionFor().features(feature);
			SerializationStrategy update = written.size() == 1 ? updateSingleValue(owner, feature, written.get(0)) : null;
			if (update != null) {
				return List.of(update);
			}
		}
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
