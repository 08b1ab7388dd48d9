package io.hvnet.dsl.ide.edit;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionDiffBuilder;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.VlanIdRange;
import io.hvnet.dsl.model.edit.VlanSetting;

/**
 * An adapter's {@code vlan …} setting written again as a whole, as {@link VlanSetting#text} has it: replaced where it
 * was written, removed when the adapter no longer has a VLAN, or added on a line of its own before the adapter's
 * closing brace (in a one-line block, before the brace on that line; without a block, in a new one). Only the
 * setting's own tokens change, so comments around it stay.
 */
final class VlanSettingText {

	private VlanSettingText() {
	}

	/** The edit that writes the adapter's VLAN setting as its features now are. */
	static Consumer<ITextRegionDiffBuilder> rewrite(Adapter adapter, IEObjectRegion region) {
		String mode = VlanSetting.text(adapter);
		String setting = mode.isEmpty() ? "" : "vlan " + mode;
		ISemanticRegion keyword = region.getRegionFor().keyword("vlan");
		if (keyword != null) {
			ISemanticRegion last = lastOfSetting(keyword);
			if (setting.isEmpty()) {
				return result -> result.remove(keyword.getPreviousHiddenRegion(), last.getNextHiddenRegion());
			}
			return result -> replace(result, keyword, last, setting);
		}
		if (setting.isEmpty()) {
			return result -> {
			};
		}
		ISemanticRegion brace = region.getRegionFor().keyword("}");
		if (brace == null) {
			ISemanticRegion end = region.getPreviousHiddenRegion().getNextSemanticRegion();
			while (end.getNextSemanticRegion() != null && end.getNextSemanticRegion().getSemanticElement() == adapter) {
				end = end.getNextSemanticRegion();
			}
			ISemanticRegion tail = end;
			return result -> result.replace(tail, tail.getText() + " { " + setting + " }");
		}
		IHiddenRegion before = brace.getPreviousHiddenRegion();
		if (before.getText().contains("\n")) {
			// after the line break before the brace: below a comment that ends the last setting's line
			String braceIndent = before.getText().substring(before.getText().lastIndexOf('\n') + 1);
			return result -> result.replace(brace, indentOfSettings(brace, braceIndent) + setting + "\n" + braceIndent + "}");
		}
		return result -> result.replace(brace, setting + " }");
	}

	/** The last token of the setting that starts with {@code keyword}: its words, commas and ranges. */
	private static ISemanticRegion lastOfSetting(ISemanticRegion keyword) {
		Group setting = GrammarUtil.containingGroup(keyword.getGrammarElement());
		ISemanticRegion last = keyword;
		for (ISemanticRegion next = last.getNextSemanticRegion(); next != null; next = next.getNextSemanticRegion()) {
			boolean ofSetting = next.getSemanticElement() instanceof VlanIdRange
					|| next.getSemanticElement() == keyword.getSemanticElement()
							&& EcoreUtil.isAncestor(setting, next.getGrammarElement());
			if (!ofSetting) {
				break;
			}
			last = next;
		}
		return last;
	}

	/** The setting's tokens give way to {@code text}; what follows the last one (a comment on the line) stays. */
	private static void replace(ITextRegionDiffBuilder result, ISemanticRegion first, ISemanticRegion last, String text) {
		result.replace(first, text);
		if (first == last) {
			return;
		}
		if (last.getSemanticElement() == first.getSemanticElement()) {
			result.remove(first.getNextHiddenRegion(), last.getPreviousHiddenRegion());
			result.replace(last, "");
			return;
		}
		// the last token is a VLAN id of a list: Xtext cannot replace the token of an object the change removed, so
		// the setting goes up to the next token, which gets back the comment and line break that followed the setting
		// (SerializedChange tidies the space Xtext puts where the tokens were)
		IHiddenRegion after = last.getNextHiddenRegion();
		ISemanticRegion next = after.getNextSemanticRegion();
		result.remove(first.getNextHiddenRegion(), after);
		if (next != null && next.getSemanticElement() == first.getSemanticElement()) {
			result.replace(next, after.getText() + next.getText());
		}
	}

	/**
	 * The indentation the block's settings have (that of the line before the brace), or one level more than the
	 * brace when the block has none yet on lines of their own.
	 */
	private static String indentOfSettings(ISemanticRegion brace, String braceIndent) {
		ISemanticRegion previous = brace.getPreviousSemanticRegion();
		if (previous == null || "{".equals(previous.getText())) {
			return "    "; // the brace's line is indented already; one more level
		}
		String text = brace.getTextRegionAccess().regionForDocument().getText();
		int lineStart = text.lastIndexOf('\n', previous.getOffset()) + 1;
		int firstWord = lineStart;
		while (firstWord < text.length() && (text.charAt(firstWord) == ' ' || text.charAt(firstWord) == '\t')) {
			firstWord++;
		}
		String indent = text.substring(lineStart, firstWord);
		return indent.length() > braceIndent.length() ? indent.substring(braceIndent.length()) : "    ";
	}
}
