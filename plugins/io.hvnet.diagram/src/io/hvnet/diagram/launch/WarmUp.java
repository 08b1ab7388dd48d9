package io.hvnet.diagram.launch;

import java.util.Map;

import org.eclipse.emf.common.util.URI;

import io.hvnet.diagram.layout.Positions;
import io.hvnet.diagram.model.Drawing;
import io.hvnet.diagram.source.SourceModel;
import io.hvnet.diagram.source.SourceModelLoader;

/**
 * Draws a small network once when a diagram server starts, on the {@link FirstDrawings} thread ahead of the first
 * document: the parser's, the validator's and ELK's classes load and warm up on it, so the document's own drawing
 * is done sooner (bench/diagram-open.sh). A whole client session as warm-up was measured too: it kept the JVM busy
 * while the browser loaded and made the first open slower, not faster.
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

	static void draw(SourceModelLoader loader) {
		try {
			SourceModel model = loader.load(URI.createURI("warmup:/warmup.hvnet"), NETWORK, Map.of());
			Drawing.of(model, Map.of(), Positions.load(null));
		} catch (RuntimeException e) {
			// only a head start: the real diagram reports its own problems
		}
	}
}
