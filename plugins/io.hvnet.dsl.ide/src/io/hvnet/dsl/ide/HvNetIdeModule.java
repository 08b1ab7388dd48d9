package io.hvnet.dsl.ide;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import io.hvnet.dsl.ide.assist.HvNetProposals;
import io.hvnet.dsl.ide.assist.VlanRangeSplittingContentAssistLexer;
import io.hvnet.dsl.ide.assist.WrittenNameProposals;
import io.hvnet.dsl.ide.edit.HvNetPartialSerializer;

/** Guice bindings of hvnet's UI-independent IDE services (content assist, highlighting, hover, rename, model edits...). */
public class HvNetIdeModule extends AbstractHvNetIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return HvNetProposals.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return WrittenNameProposals.class;
	}

	public Class<? extends PartialSerializer> bindPartialSerializer() {
		return HvNetPartialSerializer.class;
	}

	@Override
	public void configureContentAssistLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST))
				.to(VlanRangeSplittingContentAssistLexer.class);
	}
}
