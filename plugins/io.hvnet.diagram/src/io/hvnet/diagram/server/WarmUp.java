package io.hvnet.diagram.server;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

import io.hvnet.diagram.gmodel.ElementIndex;
import io.hvnet.diagram.gmodel.TopologyGraph;
import io.hvnet.diagram.layout.Positions;
import io.hvnet.diagram.layout.TopologyLayout;
import io.hvnet.diagram.source.SourceModel;
import io.hvnet.diagram.source.SourceModelLoader;

/**
 * Draws a small network once, in the background, when a diagram server starts: the first diagram a user opens then
 * does not wait for the parser's, the validator's and ELK's classes to load and warm up (about a second for a
 * 1,000-node network, measured by bench/diagram-open.sh).
 */
final class WarmUp {

	private static final String NETWORK = """
			host H {
			    nic NIC1 { mac 02:00:00:00:00:01 ip 10.0.0.1/24 }
			    nic NIC2 { mac 02:00:00:00:00:02 bindings vms }
			    external switch Ext on NIC2
			    parent { vnic vEthernet switch Ext { mac 02:00:00:00:01:01 ip 10.0.0.2/24 } }
			    vm VM1 { synthetic adapter Net1 switch Ext { mac 02:00:00:00:02:01 ip 10.0.0.3/24 } }
			}
			physical switch PSW ports 4
			cable H.NIC1 to PSW port 1
			cable H.NIC2 to PSW port 2
			""";

	private WarmUp() {
	}

	static void inBackground(SourceModelLoader loader) {
		Thread thread = new Thread(() -> draw(loader), "hvnet diagram warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private static void draw(SourceModelLoader loader) {
		try {
			SourceModel model = loader.load(URI.createURI("warmup:/warmup.hvnet"), NETWORK, Map.of());
			GGraph graph = new TopologyGraph(
					new ElementIndex(loader.language().getInstance(IQualifiedNameProvider.class))).build(model.network());
			TopologyLayout.apply(graph, Positions.load(null));
		} catch (RuntimeException e) {
			// only a head start: the real diagram reports its own problems
		}
	}
}
