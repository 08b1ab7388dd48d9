package io.hvnet.dsl.formatting2;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;

import io.hvnet.dsl.hvnet.AddressRange;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.CableChange;
import io.hvnet.dsl.hvnet.Expectation;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.PortMode;
import io.hvnet.dsl.hvnet.PortRange;
import io.hvnet.dsl.hvnet.Route;
import io.hvnet.dsl.hvnet.VlanIdRange;

/**
 * The house style: one declaration per line, blocks indented by four spaces (or the editor's own indentation), at most one blank line kept between
 * declarations, single spaces inside a line. Comments stay where the user put them.
 */
public class HvNetFormatter extends AbstractFormatter2 {

	private static final String INDENT = "    ";

	/** Keywords that start a setting or a declaration on a new line inside a block. */
	private static final Set<String> LINE_STARTS = Set.of("mac", "bindings", "ip", "gateway", "vlan", "metric",
			"speed", "team-member", "default", "route", "forwarding", "weak-host-send", "weak-host-receive",
			"dhcp-server", "dhcp-guard", "router-guard", "mac-spoofing", "guest-mac", "dhcp-relay");

	/** Four spaces, as in the examples, unless the caller (an editor) set its own indentation. */
	@Override
	protected void initialize(FormatterRequest request) {
		if (request.getPreferences().getPreference(FormatterPreferenceKeys.indentation)
				.equals(FormatterPreferenceKeys.indentation.toValue(FormatterPreferenceKeys.indentation.getDefaultValue()))) {
			request.setPreferences(TypedPreferenceValues.castOrWrap(new MapBasedPreferenceValues(
					request.getPreferences(), Map.of(FormatterPreferenceKeys.indentation.getId(), INDENT))));
		}
		super.initialize(request);
	}

	/**
	 * Xtext gives some comments inside a managed switch's block no grammar element, and then has no replacer for
	 * them (an IllegalStateException): such a comment keeps its text, and the line breaks around it are formatted.
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		if (comment.getGrammarElement() != null) {
			return super.createCommentReplacer(comment);
		}
		return new ITextReplacer() { // the comment's own text stays as written
			@Override
			public ITextSegment getRegion() {
				return comment;
			}

			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				return context;
			}
		};
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof Network network) {
			formatNetwork(network, document);
		} else if (object instanceof EObject eObject) {
			formatElement(eObject, document);
		}
	}

	private void formatNetwork(Network network, IFormattableDocument document) {
		network.getImports().forEach(i -> document.append(document.prepend(i, p -> p.noSpace()), p -> p.newLine()));
		for (EObject element : network.getElements()) {
			if (element != network.getElements().get(0) || !network.getImports().isEmpty()) {
				document.prepend(element, p -> p.setNewLines(1, 1, 2));
			}
			document.format(element);
		}
		document.append(network, p -> p.newLine());
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(element);
		singleSpacesInside(element, document);
		for (Pair<ISemanticRegion, ISemanticRegion> braces : regions.keywordPairs("{", "}")) {
			document.interior(braces.getKey(), braces.getValue(), p -> p.indent());
			// the same as a child's line break, so that the first child's and the brace's do not conflict; an empty
			// block (a host the diagram adds) has one line break between its braces, the closing brace's
			if (braces.getKey().getNextSemanticRegion() != braces.getValue()) {
				document.append(braces.getKey(), p -> p.setNewLines(1, 1, 2));
			}
			document.prepend(braces.getValue(), p -> p.newLine());
		}
		for (ISemanticRegion keyword : regions.keywords(LINE_STARTS.toArray(String[]::new))) {
			// a static route is one line, its metric included; 'expect route via' stays on its expectation's line
			boolean inRoute = keyword.getSemanticElement() instanceof Route;
			if ("metric".equals(keyword.getText()) && inRoute || "route".equals(keyword.getText()) && !inRoute) {
				continue;
			}
			if (keyword.getPreviousSemanticRegion() != null
					&& !"{".equals(keyword.getPreviousSemanticRegion().getText())) {
				// the same as a child's line break: a setting that starts a child (a DHCP server, a route) gets both
				document.prepend(keyword, p -> p.setNewLines(1, 1, 2));
			}
		}
		for (ISemanticRegion comma : regions.keywords(",")) {
			document.prepend(comma, p -> p.noSpace());
		}
		for (ISemanticRegion dot : regions.keywords(".")) {
			document.surround(dot, p -> p.noSpace());
		}
		for (ISemanticRegion dash : regions.keywords("-")) { // a range: 100-199
			document.surround(dash, p -> p.noSpace());
		}
		for (EObject child : element.eContents()) {
			if (child instanceof Expectation) {
				document.prepend(child, p -> p.newLine());
				document.surround(child, p -> p.indent());
			} else if (child instanceof VlanIdRange) {
				// 'vlan trunk 10, 20, 100-199 native 1' stays on its line, a range without spaces
				document.prepend(child, p -> p.oneSpace());
				document.append(child, p -> {
					p.oneSpace();
					p.lowPriority();
				});
				textRegionExtensions.regionFor(child).keywords("-").forEach(dash -> document.surround(dash, p -> p.noSpace()));
				continue;
			} else if (element instanceof Cable || element instanceof CableChange || child instanceof PortRange
					|| child instanceof PortMode || child instanceof AddressRange) {
				// a cable's ends, a port line's ports and mode, a DHCP pool and its exclusions: parts of one line
				document.prepend(child, p -> p.oneSpace());
				if (child instanceof AddressRange) {
					document.append(child, p -> {
						p.oneSpace();
						p.lowPriority();
					});
				}
			} else {
				document.prepend(child, p -> p.setNewLines(1, 1, 2));
			}
			document.format(child);
		}
	}

	/** One space between the tokens of a declaration's head line (before any block). */
	private void singleSpacesInside(EObject element, IFormattableDocument document) {
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(element)) {
			if (region.getSemanticElement() == element && region.getNextSemanticRegion() != null
					&& region.getNextSemanticRegion().getSemanticElement() == element && !".".equals(region.getText())
					&& !",".equals(region.getNextSemanticRegion().getText())
					&& !".".equals(region.getNextSemanticRegion().getText())) {
				document.append(region, p -> {
					p.oneSpace();
					p.lowPriority();
				});
			}
		}
	}
}
