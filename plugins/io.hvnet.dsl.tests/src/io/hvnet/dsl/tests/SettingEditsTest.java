package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.VlanIdRange;
import io.hvnet.dsl.ide.edit.SerializedChange;
import io.hvnet.dsl.ide.edit.TextEdit;

/**
 * An adapter setting changed in the model is written back as a change of that setting's text only, in the style of
 * the block around it: a one-line block stays on its line with the comment after it, a multi-line block gets the new
 * setting on a line of its own (issue #18, finding 4). The diagram's Properties edits and the quick fixes go this way.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetIdeInjectorProvider.class)
public class SettingEditsTest {

	private static final String COMPACT = """
			host HV0 { // the host
			    nic NIC1 { mac 02:01:00:00:00:00 ip 10.0.0.1/8 } // c1
			    nic NIC2 { mac 02:01:00:00:00:01 bindings vms } // c2
			    nic NIC3 // c3
			    external switch Ext on NIC2
			    vm VM0 { synthetic adapter Net1 switch Ext { ip 10.0.0.3/8 vlan 5 } } // c5
			}
			""";

	private static final String MULTI_LINE = """
			host HV0 {
			    nic NIC1 {
			        mac 02:01:00:00:00:00 // the MAC
			        ip 10.0.0.1/8
			    } // after
			    nic NIC2 {
			    }
			}
			""";

	@Inject
	private ParseHelper<Network> parser;

	private String edit(String text, String adapter, Consumer<Adapter> change) throws Exception {
		Network network = parser.parse(text);
		XtextResource resource = (XtextResource) network.eResource();
		List<TextEdit> edits = SerializedChange.edits(resource, r -> change.accept(find(r.getContents().get(0), adapter)));
		StringBuilder after = new StringBuilder(text);
		edits.stream().sorted((a, b) -> b.offset() - a.offset())
				.forEach(e -> after.replace(e.offset(), e.offset() + e.length(), e.text()));
		Network reparsed = parser.parse(after);
		assertTrue(reparsed.eResource().getErrors().isEmpty(), () -> reparsed.eResource().getErrors() + "\n" + after);
		return after.toString();
	}

	private static Adapter find(EObject root, String name) {
		for (EObject o : (Iterable<EObject>) root::eAllContents) {
			if (o instanceof Adapter a && name.equals(a.getName())) {
				return a;
			}
		}
		throw new AssertionError("no adapter " + name);
	}

	private static VlanIdRange range(int first, int last) {
		VlanIdRange range = HvnetFactory.eINSTANCE.createVlanIdRange();
		range.setFirst(first);
		range.setLast(last);
		return range;
	}

	@Test
	public void aNewSettingJoinsAOneLineBlockOnItsLine() throws Exception {
		assertEquals(COMPACT.replace("ip 10.0.0.1/8 } // c1", "ip 10.0.0.1/8 vlan 7 } // c1"),
				edit(COMPACT, "NIC1", a -> a.setVlan(7)));
	}

	@Test
	public void anAdapterWithoutABlockGetsOne() throws Exception {
		assertEquals(COMPACT.replace("nic NIC3 // c3", "nic NIC3 { vlan 7 } // c3"),
				edit(COMPACT, "NIC3", a -> a.setVlan(7)));
	}

	@Test
	public void aChangedSettingIsRewrittenInPlace() throws Exception {
		assertEquals(COMPACT.replace("vlan 5 }", "vlan 6 }"), edit(COMPACT, "Net1", a -> a.setVlan(6)));
		assertEquals(COMPACT.replace("vlan 5 }", "vlan access 6 }"), edit(COMPACT, "Net1", a -> {
			a.setAccess(true);
			a.setVlan(6);
		}));
		assertEquals(COMPACT.replace(" vlan 5 }", " }"), edit(COMPACT, "Net1", a -> a.setVlan(0)),
				"untagged: the setting goes, with one space");
	}

	@Test
	public void aTrunkIsWrittenWithItsRangesAndNativeVlan() throws Exception {
		String trunk = edit(COMPACT, "Net1", a -> {
			a.setTrunk(true);
			a.getTrunkVlans().add(range(10, 0));
			a.getTrunkVlans().add(range(100, 199));
			a.setVlan(1);
		});
		assertEquals(COMPACT.replace("vlan 5 }", "vlan trunk 10, 100-199 native 1 }"), trunk);
		assertEquals(trunk.replace("trunk 10, 100-199 native 1", "trunk 10, 100-199, 300 native 1"),
				edit(trunk, "Net1", a -> a.getTrunkVlans().add(range(300, 0))));
		assertEquals(COMPACT.replace("vlan 5 }", "vlan 20 }"), edit(trunk, "Net1", a -> {
			a.setTrunk(false);
			a.getTrunkVlans().clear();
			a.setVlan(20);
		}), "back to access mode");
	}

	@Test
	public void aMultiLineBlockGetsTheSettingOnALineOfItsOwn() throws Exception {
		assertEquals(MULTI_LINE.replace("        ip 10.0.0.1/8\n", "        ip 10.0.0.1/8\n        vlan 7\n"),
				edit(MULTI_LINE, "NIC1", a -> a.setVlan(7)));
		assertEquals(MULTI_LINE.replace("    nic NIC2 {\n", "    nic NIC2 {\n        vlan 7\n"),
				edit(MULTI_LINE, "NIC2", a -> a.setVlan(7)));
		assertEquals(MULTI_LINE.replace("        ip 10.0.0.1/8\n", ""), edit(MULTI_LINE, "NIC1", a -> a.setAddress(null)),
				"a removed setting takes its line with it");
	}

	@Test
	public void twoNewSettingsAreWrittenInTheGrammarsOrder() throws Exception {
		assertEquals(COMPACT.replace("nic NIC3 // c3", "nic NIC3 { ip 10.0.0.9/8 vlan 3 } // c3"),
				edit(COMPACT, "NIC3", a -> {
					a.setVlan(3);
					a.setAddress("10.0.0.9/8");
				}));
	}
}
