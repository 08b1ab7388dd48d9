package io.hvnet.dsl.ide.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.regionaccess.IAstRegion;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionDiffBuilder;
import org.eclipse.xtext.ide.serializer.impl.ChangeTreeProvider.EObjectChange;
import org.eclipse.xtext.ide.serializer.impl.ChangeTreeProvider.ResourceRecording;
import org.eclipse.xtext.ide.serializer.impl.ChangeTreeProvider.EObjectChange;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IConstraint;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;
import org.eclipse.xtext.serializer.tokens.IEnumLiteralSerializer;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.PortRange;
import io.hvnet.dsl.hvnet.VlanIdRange;
import io.hvnet.dsl.model.edit.VlanSetting;

/**
 * Xtext's partial serializer, taught what hvnet's settings need so that a changed setting is rewritten in place
 * instead of the whole element (which would reformat it and drop a comment after it):
 * <ul>
 * <li>an adapter's settings block ({@code nic N { mac … ip … } // comment}) is edited setting by setting: a changed
 * setting's tokens are replaced by the setting written anew ({@link AdapterSettingsText}), a setting the model no
 * longer has is removed, and a new one goes after the last setting, on the same line in a one-line block and on a
 * line of its own, indented like the others, in a multi-line one (Xtext gives up on a setting that was not written
 * and on a feature assigned in several places, such as {@code vlan});</li>
 * <li>a changed enum value (switch type, speed unit) is written with its keyword; Xtext 2.42 passes it to the value
 * converter, which fails on an enum;</li>
 * <li>a setting written as a keyword and values ({@code ip A}, {@code speed 10 Gbps}) goes with its keyword once
 * all its values are unset;</li>
 * <li>a list written as {@code bindings a, b} is rewritten as a list (Xtext gives up on a feature assigned twice in
 * the grammar), and so is a list of names ({@code on NIC1, NIC2});</li>
 * <li>an optional clause that ends an element ({@code teaming dynamic}) is appended to it when set;</li>
 * <li>VLAN ids or ports added to the end of a written list of ranges are appended to it;</li>
 * <li>an adapter's VLAN mode is rewritten as one setting ({@link VlanSettingText}) where the setting-by-setting
 * rewrite above does not apply;</li>
 * <li>a value written once is replaced in place even where the grammar assigns its feature in several places (the
 * adapter's {@code vlan} is the access, native or primary VLAN).</li>
 * </ul>
 */
public class HvNetPartialSerializer extends PartialSerializer {

	@Inject
	private IEnumLiteralSerializer enumLiterals;

	@Inject
	private AdapterSettingsText settingsText;

	@Inject
	private IGrammarAccess grammar;

	@Inject
	private ICrossReferenceSerializer crossReferences;

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
	private List<SerializationStrategy> vlanSettingAsOne(EObjectChange change, IEObjectRegion original,
			IConstraint constraint) {
		if (!(change.getEObject() instanceof Adapter adapter)
				|| change.getChanges().stream().noneMatch(c -> VlanSetting.FEATURES.contains(c.getFeature()))) {
			return null;
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
	protected List<SerializationStrategy> trySerializeIndividualFeatures(EObjectChange change, IEObjectRegion original,
			ISerializationContext context, IConstraint constraint) {
		// a VLAN mode goes through VlanSettingText, which also knows the private VLAN lists; the other settings of an
		// adapter are rewritten one by one
		List<SerializationStrategy> settings = vlanSettingAsOne(change, original, constraint);
		if (settings == null && change.getEObject() instanceof Adapter) {
			settings = rewriteSettings(change, original);
		}
		return settings != null ? settings : super.trySerializeIndividualFeatures(change, original, context, constraint);
	}

	/**
	 * The strategies that rewrite only the changed settings of an adapter, or null when the change is more than that
	 * (a new name or switch, an edited element inside a setting, a setting written twice) and Xtext decides.
	 */
	private List<SerializationStrategy> rewriteSettings(EObjectChange change, IEObjectRegion owner) {
		if (!change.getChildren().isEmpty()) {
			return null;
		}
		EObject adapter = change.getEObject();
		Map<Group, Boolean> changed = new LinkedHashMap<>(); // in the grammar's order
		List<Group> settings = settingGroups();
		for (Group setting : settings) {
			changed.put(setting, false);
		}
		for (FeatureChange c : change.getChanges()) {
			Group setting = settingOf(c.getFeature().getName(), settings);
			if (setting == null) {
				return null;
			}
			changed.put(setting, true);
		}
		List<SerializationStrategy> result = new ArrayList<>();
		List<String> added = new ArrayList<>();
		Set<ISemanticRegion> rewritten = new HashSet<>();
		for (Map.Entry<Group, Boolean> entry : changed.entrySet()) {
			if (!entry.getValue()) {
				continue;
			}
			Group setting = entry.getKey();
			List<ISemanticRegion> tokens = tokensOf(owner, setting);
			if (tokens == null) {
				return null; // written twice (the validator says so): not a place to guess
			}
			String text = AdapterSettingsText.isSet(setting, adapter) ? settingsText.write(setting, adapter) : null;
			if (AdapterSettingsText.isSet(setting, adapter) && text == null) {
				return null;
			}
			if (tokens.isEmpty()) {
				if (text != null) {
					added.add(text);
				}
				continue;
			}
			ISemanticRegion first = tokens.get(0);
			ISemanticRegion last = tokens.get(tokens.size() - 1);
			rewritten.addAll(tokens);
			if (text == null) {
				result.add(removeBetween(first, last));
			} else {
				// the first token becomes the whole setting and the others empty: removing them would let the formatter
				// choose the space after the setting; SerializedChange joins the spaces they leave
				result.add(new ReplaceRegionStrategy(first, text));
				tokens.subList(1, tokens.size()).forEach(token -> result.add(new ReplaceRegionStrategy(token, "")));
			}
		}
		if (!added.isEmpty()) {
			SerializationStrategy insertion = insertion(owner, added, rewritten);
			if (insertion == null) {
				return null;
			}
			result.add(insertion);
		}
		return result;
	}

	/** The new settings after the last one of the block, or in a new block after the adapter's last token. */
	private static SerializationStrategy insertion(IEObjectRegion owner, List<String> added, Set<ISemanticRegion> busy) {
		ISemanticRegion closing = owner.getRegionFor().keyword("}");
		if (closing == null) {
			ISemanticRegion end = owner.getNextHiddenRegion().getPreviousSemanticRegion();
			if (busy.contains(end)) {
				return null;
			}
			if (!multiLineBlocksAround(owner)) {
				return new ReplaceRegionStrategy(end, end.getText() + " { " + String.join(" ", added) + " }");
			}
			String indent = indentOf(owner.getPreviousHiddenRegion().getNextSemanticRegion());
			String inner = "\n" + indent + "    ";
			return new ReplaceRegionStrategy(end,
					end.getText() + " {" + inner + String.join(inner, added) + "\n" + indent + "}");
		}
		ISemanticRegion anchor = closing.getPreviousSemanticRegion();
		if (busy.contains(anchor)) {
			return null;
		}
		String separator = " ";
		if (closing.getPreviousHiddenRegion().getText().contains("\n")) {
			String indent = indentOf(anchor);
			separator = "\n" + (anchor.getText().equals("{") ? indent + "    " : indent);
		}
		return new ReplaceRegionStrategy(anchor, anchor.getText() + separator + String.join(separator, added));
	}

	/**
	 * Whether a new settings block should span lines: as the nearest other adapter's block does, or, in a file
	 * without one, unless the adapter shares its line with its container's opening brace ({@code vm A { … } }).
	 */
	private static boolean multiLineBlocksAround(IEObjectRegion owner) {
		EObject adapter = owner.getSemanticElement();
		int nearest = Integer.MAX_VALUE;
		Boolean multiLine = null;
		for (EObject o : (Iterable<EObject>) () -> EcoreUtil.getAllContents(adapter.eResource(), false)) {
			if (o instanceof Adapter && o != adapter) {
				IEObjectRegion other = owner.getTextRegionAccess().regionForEObject(o);
				ISemanticRegion open = other == null ? null : other.getRegionFor().keyword("{");
				ISemanticRegion close = other == null ? null : other.getRegionFor().keyword("}");
				int distance = other == null ? Integer.MAX_VALUE : Math.abs(other.getOffset() - owner.getOffset());
				if (open != null && close != null && distance < nearest) {
					nearest = distance;
					multiLine = owner.getTextRegionAccess()
							.textForOffset(open.getOffset(), close.getOffset() - open.getOffset()).contains("\n");
				}
			}
		}
		if (multiLine != null) {
			return multiLine;
		}
		ISemanticRegion before = owner.getPreviousHiddenRegion().getPreviousSemanticRegion();
		return before == null || owner.getPreviousHiddenRegion().getText().contains("\n");
	}

	/** The white space that starts the line of {@code region}. */
	private static String indentOf(ISemanticRegion region) {
		String line = region.getTextRegionAccess().regionForLineAtOffset(region.getOffset()).getText();
		int i = 0;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return line.substring(0, i);
	}

	/** The tokens of the setting in the adapter's text: none when not written, null when written more than once. */
	private static List<ISemanticRegion> tokensOf(IEObjectRegion owner, Group setting) {
		List<ISemanticRegion> tokens = new ArrayList<>();
		for (ISemanticRegion token : owner.getAllSemanticRegions()) {
			if (belongsTo(token, setting, owner.getSemanticElement())) {
				if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).getNextSemanticRegion() != token) {
					return null;
				}
				if (token.getGrammarElement() == setting.getElements().get(0) && !tokens.isEmpty()) {
					return null; // the setting's keyword again, right after it
				}
				tokens.add(token);
			}
		}
		return tokens;
	}

	/** A token of the setting's group, or of an element the setting contains (a range in {@code vlan trunk 1-9}). */
	private static boolean belongsTo(ISemanticRegion token, Group setting, EObject adapter) {
		EObject element = token.getSemanticElement();
		if (element == adapter) {
			return EcoreUtil.isAncestor(setting, token.getGrammarElement());
		}
		while (element != null && element.eContainer() != adapter) {
			element = element.eContainer();
		}
		if (element == null) {
			return false;
		}
		String feature = element.eContainingFeature().getName();
		return GrammarUtil.containedAssignments(setting).stream().anyMatch(a -> a.getFeature().equals(feature));
	}

	/** The settings an adapter may have, one grammar group each ({@code 'ip' address=IPV4}, …). */
	private List<Group> settingGroups() {
		ParserRule fragment = (ParserRule) GrammarUtil.findRuleForName(grammar.getGrammar(), "AdapterSettings");
		return ((Alternatives) fragment.getAlternatives()).getElements().stream().filter(Group.class::isInstance)
				.map(Group.class::cast).toList();
	}

	private static Group settingOf(String feature, List<Group> settings) {
		Group found = null;
		for (Group setting : settings) {
			for (Assignment a : GrammarUtil.containedAssignments(setting)) {
				if (a.getFeature().equals(feature)) {
					if (found != null && found != setting) {
						return null;
					}
					found = setting;
				}
			}
		}
		return found;
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
		if (feature instanceof EAttribute attribute && owner.eIsSet(feature)
				&& ownerRegion.getRegionFor().feature(feature) == null) {
			List<SerializationStrategy> appended = appendedClause(owner, attribute, ownerRegion);
			if (appended != null) {
				return appended;
			}
		}
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
		if (feature instanceof EReference reference && !reference.isContainment()) {
			return referenceList(owner, reference, ownerRegion);
		}
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
	 * A list of references written as {@code on NIC1, NIC2} is rewritten in place: the first name becomes the whole
	 * new list and the other names and commas go, so that the comment after the list stays. Emptied lists are not
	 * handled here ({@code Unplug} replaces the element instead).
	 */
	private List<SerializationStrategy> referenceList(EObject owner, EReference reference,
			IEObjectRegion ownerRegion) {
		List<ISemanticRegion> written = ownerRegion.getRegionFor().features(reference);
		List<?> values = (List<?>) owner.eGet(reference);
		CrossReference crossReference = written.isEmpty() ? null
				: GrammarUtil.containingCrossReference(written.get(0).getGrammarElement());
		if (crossReference == null || values.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (Object value : values) {
			String name = crossReferences.serializeCrossRef(owner, crossReference, (EObject) value, null,
					getErrorAcceptor());
			if (name == null) {
				return null;
			}
			text.append(text.length() == 0 ? "" : ", ").append(name);
		}
		ISemanticRegion first = written.get(0);
		ISemanticRegion last = written.get(written.size() - 1);
		return List.of(result -> {
			result.replace(first, text.toString());
			for (ISemanticRegion r = first; r != last;) {
				r = r.getNextSemanticRegion();
				result.replace(r, "");
			}
		});
	}

	/**
	 * An optional clause that ends its element in the grammar ({@code teaming dynamic} after a switch's NICs), newly
	 * set, is appended to the element's last token, so that the comment after the element stays.
	 */
	private List<SerializationStrategy> appendedClause(EObject owner, EAttribute feature, IEObjectRegion ownerRegion) {
		EObject grammar = ownerRegion.getGrammarElement();
		if (grammar instanceof RuleCall call) {
			grammar = call.getRule();
		}
		if (!(grammar instanceof ParserRule rule) || !(rule.getAlternatives() instanceof Group body) || body.getElements().isEmpty()
				|| !(body.getElements().get(body.getElements().size() - 1) instanceof Group clause)) {
			return null;
		}
		List<Assignment> assignments = GrammarUtil.containedAssignments(clause);
		if (assignments.size() != 1 || !assignments.get(0).getFeature().equals(feature.getName())) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (Keyword keyword : GrammarUtil.containedKeywords(clause)) {
			if (keyword.eContainer() == clause) {
				text.append(' ').append(keyword.getValue());
			}
		}
		text.append(' ').append(owner.eGet(feature));
		ISemanticRegion end = ownerRegion.getNextHiddenRegion().getPreviousSemanticRegion();
		return List.of(result -> result.replace(end, end.getText() + text));
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

	/**
	 * Removes the tokens; Xtext joins the space around them, {@link SerializedChange} tidies that. A setting on its
	 * own line takes its line's comment with it; a setting at the end of a line that goes on
	 * ({@code switch S teaming dynamic // why}) leaves the line and its comment: only its tokens go, and the space
	 * they leave is tidied the same way.
	 */
	private static SerializationStrategy removeBetween(ISemanticRegion first, ISemanticRegion last) {
		boolean endsALine = first.getPreviousHiddenRegion().getText().indexOf('\n') < 0
				&& last.getNextHiddenRegion().containsComment();
		if (!endsALine) {
			return result -> result.remove(first.getPreviousHiddenRegion(), last.getNextHiddenRegion());
		}
		return result -> {
			for (ISemanticRegion r = first;; r = r.getNextSemanticRegion()) {
				result.replace(r, ""); // the space around stays: no hidden region (the comment's) is touched
				if (r == last) {
					return;
				}
			}
		};
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
