package io.hvnet.dsl.ide.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.ide.HvNetIdeSetup;
import io.hvnet.dsl.ide.edit.SerializedChange;
import io.hvnet.dsl.ide.edit.TextEdit;

/**
 * How long a diagram edit of a large file takes to become text: {@code EditBench FILE [ROUNDS]} loads FILE as the
 * diagram and the quick fixes do (the IDE injector, a model that can change) and times {@link SerializedChange#edits}
 * for two edits, each on a freshly loaded model: a VLAN set on the first adapter (a setting inside one element) and a
 * host added after the last host (an element of the file). With {@code ./hvnet}'s options, after it has built the CLI:
 * {@code HVNET_MAIN=io.hvnet.dsl.ide.bench.EditBench ./hvnet FILE}.
 */
public final class EditBench {

	private EditBench() {
	}

	public static void main(String[] args) {
		URI file = URI.createFileURI(Path.of(args[0]).toAbsolutePath().toString());
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		Injector injector = new HvNetIdeSetup().createInjectorAndDoEMFRegistration();
		for (int round = 1; round <= rounds; round++) {
			System.out.printf("round %d: set a VLAN %s; add a host %s%n", round,
					timed(injector, file, EditBench::vlanOnFirstAdapter),
					timed(injector, file, EditBench::hostAfterTheLastHost));
		}
	}

	private static String timed(Injector injector, URI file, Consumer<XtextResource> change) {
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class).getResource(file, true);
		long start = System.nanoTime();
		List<TextEdit> edits = SerializedChange.edits(resource, change);
		long millis = (System.nanoTime() - start) / 1_000_000;
		int chars = edits.stream().mapToInt(e -> e.length() + e.text().length()).sum();
		return String.format("%d ms (%d edit, %d characters)", millis, edits.size(), chars);
	}

	private static void vlanOnFirstAdapter(XtextResource resource) {
		for (EObject o : (Iterable<EObject>) resource.getContents().get(0)::eAllContents) {
			if (o instanceof Adapter adapter) {
				adapter.setVlan(adapter.getVlan() == 7 ? 8 : 7);
				return;
			}
		}
		throw new IllegalArgumentException("the file has no adapter");
	}

	private static void hostAfterTheLastHost(XtextResource resource) {
		Network network = (Network) resource.getContents().get(0);
		int at = 0;
		for (int i = 0; i < network.getElements().size(); i++) {
			if (network.getElements().get(i) instanceof Host) {
				at = i + 1;
			}
		}
		Host host = HvnetFactory.eINSTANCE.createHost();
		host.setName("BenchHost");
		network.getElements().add(at, host);
	}
}
