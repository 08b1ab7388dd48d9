package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.VirtualMachine;
import io.hvnet.dsl.hvnet.VmAdapter;
import io.hvnet.dsl.hvnet.AdapterKind;
import io.hvnet.dsl.ide.HvNetIdeSetup;

/**
 * What the diagram editor relies on: a change to the EMF model becomes minimal text edits (Xtext's change
 * serializer) that leave every untouched line, comments included, as it was; every example survives serialize and
 * re-parse; broken text still gives a model and diagnostics; files of one package see each other.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class ModelEditingTest {

	@Inject
	private ParseHelper<Network> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private ISerializer serializer;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private static final Injector IDE = new HvNetIdeSetup().createInjector();

	/** Loads the text, lets {@code change} modify the model, returns the text after the serializer's edits. */
	private String edit(String text, java.util.function.Consumer<Network> change) throws Exception {
		XtextResource resource = new HvNetLoader(IDE)
				.load(List.of(new HvNetLoader.Source(URI.createURI("inmemory:/edit.hvnet"), text))).get(0);
		Network network = (Network) resource.getContents().get(0);
		IChangeSerializer changes = IDE.getInstance(IChangeSerializer.class);
		changes.addModification(network, n -> change.accept(n));
		List<IEmfResourceChange> recorded = new ArrayList<>();
		changes.applyModifications(recorded::add);
		String result = text;
		for (IEmfResourceChange c : recorded) {
			if (c instanceof ITextDocumentChange doc) {
				List<ReplaceRegion> edits = new ArrayList<>(doc.getReplacements().stream()
						.map(r -> new ReplaceRegion(r.getOffset(), r.getLength(), r.getReplacementText())).toList());
				edits.sort((a, b) -> Integer.compare(b.getOffset(), a.getOffset()));
				StringBuilder s = new StringBuilder(result);
				for (ReplaceRegion r : edits) {
					s.replace(r.getOffset(), r.getEndOffset(), r.getText());
				}
				result = s.toString();
			}
		}
		return result;
	}

	private static Host host(Network n) {
		return (Host) n.getElements().get(0);
	}

	@Test
	public void renamingAVmChangesOnlyItsNameAndTheReferencesToIt() throws Exception {
		String text = Examples.read(Examples.seed("fig12"));
		String edited = edit(text, n -> host(n).getVms().get(0).setName("Web"));
		assertEquals(text.replace("vm VM1 ", "vm Web ").replace("ping HV01.VM1 ", "ping HV01.Web ")
				.replace("via HV01.VM1.Net1", "via HV01.Web.Net1"), edited);
	}

	@Test
	public void addingAVmKeepsEveryCommentAndUntouchedLine() throws Exception {
		String text = Examples.read(Examples.seed("fig10"));
		String edited = edit(text, n -> {
			VirtualMachine vm = HvnetFactory.eINSTANCE.createVirtualMachine();
			vm.setName("VM2");
			VmAdapter a = HvnetFactory.eINSTANCE.createVmAdapter();
			a.setKind(AdapterKind.SYNTHETIC);
			a.setName("Net");
			a.setSwitch(host(n).getSwitches().get(0));
			vm.getAdapters().add(a);
			host(n).getVms().add(vm);
		});
		assertTrue(edited.contains("vm VM2 {"), edited);
		assertTrue(edited.contains("synthetic adapter Net switch TestExternal"), edited);
		for (String line : text.split("\n")) {
			assertTrue(edited.contains(line), () -> "lost: " + line + "\n" + edited);
		}
		assertTrue(parser.parse(edited).eResource().getErrors().isEmpty(), edited);
	}

	@Test
	public void deletingACableRemovesOnlyThatLine() throws Exception {
		String text = Examples.read(Examples.seed("fig10"));
		String edited = edit(text, n -> EcoreUtil.delete(n.getElements().stream().filter(Cable.class::isInstance)
				.reduce((a, b) -> b).orElseThrow()));
		assertFalse(edited.contains("cable FileServer.NIC1 to PSW1 port 3"), edited);
		assertEquals(text.replace("cable FileServer.NIC1 to PSW1 port 3", "").replaceAll("\n\n\n", "\n\n").strip(),
				edited.replaceAll("\n\n\n", "\n\n").strip());
	}

	static List<Path> examples() {
		return Examples.all();
	}

	@ParameterizedTest
	@MethodSource("examples")
	public void serializeAndReparseGivesAnEqualModel(Path file) throws Exception {
		Network original = parser.parse(Examples.read(file));
		EcoreUtil.resolveAll(original);
		String serialized = serializer.serialize(original);
		Network again = parser.parse(serialized);
		EcoreUtil.resolveAll(again);
		assertTrue(again.eResource().getErrors().isEmpty(), () -> again.eResource().getErrors() + "\n" + serialized);
		assertTrue(EcoreUtil.equals(original, again), serialized);
	}

	@Test
	public void brokenTextStillGivesAModelAndPreciseDiagnostics() throws Exception {
		String broken = """
				host HV01 {
				    nic NIC1 { mac 00:15:5D:00:00:01 }
				    external switch Ext on NIC9
				    vm VM1 { synthetic adapter Net swich Ext }
				}
				physical switch P ports 8
				""";
		Network network = parser.parse(broken);
		assertNotNull(network);
		assertFalse(network.eResource().getErrors().isEmpty());
		List<Issue> issues = validation.validate(network);
		assertFalse(issues.isEmpty());
		for (Issue i : issues) {
			assertNotNull(i.getLineNumber(), i::toString);
			assertNotNull(i.getColumn(), i::toString);
		}
		// what precedes the syntax error is in the model, and linked as far as it can be
		assertEquals("NIC1", host(network).getNics().get(0).getName());
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().equals(
				"no physical NIC named 'NIC9' (known here: NIC1, HV01.NIC1)") && i.getLineNumber() == 3),
				issues::toString);

		// a missing closing brace: the host and what precedes the gap survive
		Network unclosed = parser.parse("host HV01 {\n    nic NIC1 { mac 00:15:5D:00:00:01\n    nic NIC2\n}\n");
		assertFalse(unclosed.eResource().getErrors().isEmpty());
		assertEquals("HV01", host(unclosed).getName());
	}

	@Test
	public void filesOfOnePackageSeeEachOther() throws Exception {
		XtextResourceSet rs = resourceSets.get();
		Network hosts = parser.parse("package lab\nhost HV01 { nic NIC1 { ip 10.0.0.1/24 } }\n", rs);
		Network wiring = parser.parse("package lab\nphysical switch P ports 4\ncable HV01.NIC1 to P port 1\n", rs);
		EcoreUtil.resolveAll(rs);
		Cable cable = (Cable) wiring.getElements().get(1);
		assertEquals(host(hosts).getNics().get(0), ((io.hvnet.dsl.hvnet.NicEnd) cable.getFrom()).getNic());
		validation.assertNoErrors(wiring);
	}

	@Test
	public void filesWithoutPackageStandAlone() throws Exception {
		XtextResourceSet rs = resourceSets.get();
		parser.parse("host HV01 { nic NIC1 }\n", rs);
		Network other = parser.parse("physical switch P ports 4\ncable HV01.NIC1 to P port 1\n", rs);
		EcoreUtil.resolveAll(rs);
		List<Issue> issues = validation.validate(other);
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().contains("HV01.NIC1")), issues::toString);
	}

}
