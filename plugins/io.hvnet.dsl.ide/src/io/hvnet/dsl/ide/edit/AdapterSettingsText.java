package io.hvnet.dsl.ide.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;
import org.eclipse.xtext.serializer.tokens.IEnumLiteralSerializer;
import org.eclipse.xtext.serializer.tokens.IValueSerializer;

import com.google.inject.Inject;

/**
 * Writes one setting of an adapter's settings block ({@code vlan trunk 10, 20 native 1}, {@code ip 10.0.0.1/24}) from
 * the model, by walking the setting's grammar group: keywords as written, values through Xtext's value, enum and
 * cross-reference serializers. The partial serializer uses it to insert or rewrite just that setting, so that an
 * edit of a compact one-line block keeps the block on its line and the comment after it (issue #18, finding 4),
 * where Xtext would serialize and format the whole adapter again.
 */
public class AdapterSettingsText {

	@Inject
	private IValueSerializer values;

	@Inject
	private IEnumLiteralSerializer enums;

	@Inject
	private ICrossReferenceSerializer references;

	/** The setting's text, or null when the grammar group holds something this writer does not know. */
	public String write(Group setting, EObject owner) {
		List<String> tokens = new ArrayList<>();
		return walk(setting, owner, new HashSet<>(), tokens) ? join(tokens) : null;
	}

	/** Whether the model gives the setting any value (it is then written; otherwise it has no text at all). */
	public static boolean isSet(AbstractElement setting, EObject owner) {
		for (Assignment a : GrammarUtil.containedAssignments(setting)) {
			EStructuralFeature f = owner.eClass().getEStructuralFeature(a.getFeature());
			if (f != null && owner.eIsSet(f)) {
				return true;
			}
		}
		return false;
	}

	private boolean walk(AbstractElement element, EObject owner, Set<EStructuralFeature> done, List<String> tokens) {
		boolean optional = GrammarUtil.isOptionalCardinality(element);
		if (optional && !hasPendingValue(element, owner, done)) {
			return true;
		}
		if (element instanceof Keyword k) {
			tokens.add(k.getValue());
			return true;
		}
		if (element instanceof Assignment a) {
			return assignment(a, owner, done, tokens);
		}
		if (element instanceof Group g) {
			for (AbstractElement e : g.getElements()) {
				if (!walk(e, owner, done, tokens)) {
					return false;
				}
			}
			return true;
		}
		if (element instanceof Alternatives alternatives) {
			AbstractElement chosen = choose(alternatives, owner, done);
			return chosen != null && walk(chosen, owner, done, tokens);
		}
		return false;
	}

	/**
	 * The alternative that writes the model: among those whose required values are all set, the one that writes the
	 * most of them ({@code access?='access' vlan=INT} over {@code vlan=INT} when the flag is set).
	 */
	private static AbstractElement choose(Alternatives alternatives, EObject owner, Set<EStructuralFeature> done) {
		AbstractElement best = null;
		int bestCount = -1;
		for (AbstractElement alternative : alternatives.getElements()) {
			int count = 0;
			boolean possible = true;
			for (Assignment a : GrammarUtil.containedAssignments(alternative)) {
				EStructuralFeature f = owner.eClass().getEStructuralFeature(a.getFeature());
				boolean set = f != null && (owner.eIsSet(f) || done.contains(f));
				if (set) {
					count++;
				} else if (!optionalWithin(a, alternative)) {
					possible = false;
				}
			}
			if (possible && count > bestCount) {
				best = alternative;
				bestCount = count;
			}
		}
		return best;
	}

	/** Whether {@code element} may be left out of {@code outer}: it, or a group around it within outer, is optional. */
	private static boolean optionalWithin(AbstractElement element, AbstractElement outer) {
		for (EObject e = element; e instanceof AbstractElement a; e = e.eContainer()) {
			if (GrammarUtil.isOptionalCardinality(a)) {
				return true;
			}
			if (e == outer) {
				return false;
			}
		}
		return false;
	}

	private static boolean hasPendingValue(AbstractElement element, EObject owner, Set<EStructuralFeature> done) {
		for (Assignment a : GrammarUtil.containedAssignments(element)) {
			EStructuralFeature f = owner.eClass().getEStructuralFeature(a.getFeature());
			if (f != null && owner.eIsSet(f) && !done.contains(f)) {
				return true;
			}
		}
		return false;
	}

	private boolean assignment(Assignment a, EObject owner, Set<EStructuralFeature> done, List<String> tokens) {
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(a.getFeature());
		if (feature == null) {
			return false;
		}
		if (!done.add(feature)) {
			return true; // a list's further items (", item") were written with its first assignment
		}
		List<?> items = feature.isMany() ? (List<?>) owner.eGet(feature) : List.of(owner.eGet(feature));
		List<String> written = new ArrayList<>();
		for (Object item : items) {
			String text = value(a, owner, item);
			if (text == null) {
				return false;
			}
			written.add(text);
		}
		if (!written.isEmpty()) {
			tokens.add(String.join(", ", written));
		}
		return true;
	}

	private String value(Assignment a, EObject owner, Object item) {
		AbstractElement terminal = a.getTerminal();
		ISerializationDiagnostic.Acceptor errors = ISerializationDiagnostic.EXCEPTION_THROWING_ACCEPTOR;
		if (terminal instanceof Keyword k) {
			return Boolean.TRUE.equals(item) ? k.getValue() : null;
		}
		if (terminal instanceof CrossReference ref && item instanceof EObject target) {
			return references.serializeCrossRef(owner, ref, target, null, errors);
		}
		if (terminal instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			if (rule instanceof EnumRule) {
				return enums.serializeAssignedEnumLiteral(owner, call, item, null, errors);
			}
			if (rule instanceof ParserRule parser && item instanceof EObject child && !GrammarUtil.isDatatypeRule(parser)) {
				List<String> tokens = new ArrayList<>();
				return walk(parser.getAlternatives(), child, new HashSet<>(), tokens) ? join(tokens) : null;
			}
			return values.serializeAssignedValue(owner, call, item, null, errors);
		}
		return null;
	}

	/** Tokens separated by one space, except before a comma and around the dash of a range ({@code 100-199}). */
	private static String join(List<String> tokens) {
		StringBuilder text = new StringBuilder();
		String previous = null;
		for (String token : tokens) {
			if (previous != null && !token.equals(",") && !token.equals("-") && !previous.equals("-")) {
				text.append(' ');
			}
			text.append(token);
			previous = token;
		}
		return text.toString();
	}
}
