package io.hvnet.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Highlights the brace that matches the one at the caret (Ctrl+Shift+P jumps to it). */
public class HvNetBracketMatcher extends DefaultCharacterPairMatcher {

	public HvNetBracketMatcher() {
		super(new char[] { '{', '}' });
	}
}
