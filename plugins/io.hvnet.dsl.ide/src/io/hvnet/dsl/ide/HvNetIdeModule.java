package io.hvnet.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import io.hvnet.dsl.ide.assist.HvNetProposals;

/** Guice bindings of hvnet's UI-independent IDE services (content assist, highlighting, hover, rename...). */
public class HvNetIdeModule extends AbstractHvNetIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return HvNetProposals.class;
	}
}
