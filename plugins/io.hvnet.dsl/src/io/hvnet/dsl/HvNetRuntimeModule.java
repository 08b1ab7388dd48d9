package io.hvnet.dsl;

import io.hvnet.dsl.parser.antlr.VlanRangeSplittingLexer;
import io.hvnet.dsl.parser.antlr.internal.InternalHvNetLexer;

import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.validation.CompositeEValidator;

import io.hvnet.dsl.formatting2.HvNetFormatter;
import io.hvnet.dsl.parser.HvNetSyntaxErrorMessages;
import io.hvnet.dsl.scoping.HvNetLinkingMessages;
import io.hvnet.dsl.scoping.HvNetQualifiedNameProvider;
import io.hvnet.dsl.scoping.HvNetResourceDescriptionStrategy;
import io.hvnet.dsl.scoping.SamePackageImports;

/** Guice bindings of the hvnet language; everything customised is bound here, never edited in src-gen. */
public class HvNetRuntimeModule extends AbstractHvNetRuntimeModule {

	// VLAN ranges (10-20) are split out of the one token the lexer makes of them: see VlanRangeSplittingLexer
	@Override
	public Class<? extends org.eclipse.xtext.parser.antlr.Lexer> bindLexer() {
		return VlanRangeSplittingLexer.class;
	}

	// the command line lexes its files while the injector is being built: see LexedText
	@Override
	public Class<? extends org.eclipse.xtext.parser.IParser> bindIParser() {
		return io.hvnet.dsl.parser.antlr.LexedTextParser.class;
	}

	@Override
	public com.google.inject.Provider<? extends InternalHvNetLexer> provideInternalHvNetLexer() {
		return org.eclipse.xtext.parser.antlr.LexerProvider.create(VlanRangeSplittingLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(org.eclipse.xtext.parser.antlr.Lexer.class)
				.annotatedWith(Names.named(org.eclipse.xtext.parser.antlr.LexerBindings.RUNTIME))
				.to(VlanRangeSplittingLexer.class);
	}


	@Override
	public Class<? extends org.eclipse.xtext.conversion.IValueConverterService> bindIValueConverterService() {
		return io.hvnet.dsl.parser.HvNetValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return HvNetQualifiedNameProvider.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(SamePackageImports.class);
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return HvNetResourceDescriptionStrategy.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return HvNetLinkingMessages.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return HvNetSyntaxErrorMessages.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return HvNetFormatter.class;
	}

	// references are unset before linking only where they are set (issue #18): see HvNetLinker
	@Override
	public Class<? extends org.eclipse.xtext.linking.ILinker> bindILinker() {
		return io.hvnet.dsl.linking.HvNetLinker.class;
	}

	// a large file is validated on two threads (issue #18): see HvNetDiagnostician
	@Override
	public Class<? extends org.eclipse.emf.ecore.util.Diagnostician> bindDiagnostician() {
		return io.hvnet.dsl.validation.HvNetDiagnostician.class;
	}

	// EMF's generic constraints (multiplicities, data values, keys, opposites, resolved proxies) find nothing here
	// that hvnet does not report itself: the metamodel has no lower bounds, keys or opposites, and an unresolved name
	// is the linker's diagnostic alone (GenericConstraintsTest). Checking them cost a fifth of validating a 56k-line
	// file (issue #18).
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}
}
