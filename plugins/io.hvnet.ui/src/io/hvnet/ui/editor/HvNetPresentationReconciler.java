package io.hvnet.ui.editor;

import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import io.hvnet.ui.HvNetUiPlugin;

/** Lexical highlighting whose keyword list comes from the Xtext grammar itself, so it never drifts from it. */
public class HvNetPresentationReconciler extends PresentationReconciler {

	/** Colour definitions (plugin.xml) with light defaults; the dark theme's CSS overrides them. */
	static final String KEYWORD = "io.hvnet.ui.keyword";
	static final String COMMENT = "io.hvnet.ui.comment";
	static final String STRING = "io.hvnet.ui.string";
	static final String LITERAL = "io.hvnet.ui.literal";

	public HvNetPresentationReconciler() {
		ColorRegistry colors = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();
		Token keyword = new Token(new TextAttribute(colors.get(KEYWORD), null, SWT.BOLD));
		Token comment = new Token(new TextAttribute(colors.get(COMMENT)));
		Token string = new Token(new TextAttribute(colors.get(STRING)));
		Token literal = new Token(new TextAttribute(colors.get(LITERAL)));

		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c);
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '-' || c == '_';
			}
		});
		IGrammarAccess grammar = HvNetUiPlugin.getDefault().getInjector().getInstance(IGrammarAccess.class);
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		for (String k : keywords) {
			if (Character.isLetter(k.charAt(0))) {
				words.addWord(k, keyword);
			}
		}
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setRules(new IRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment),
				new SingleLineRule("\"", "\"", string, '\\'), LiteralRule.mac(literal), LiteralRule.ipv4(literal),
				words });
		DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
		setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
