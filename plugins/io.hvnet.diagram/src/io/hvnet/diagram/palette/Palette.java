package io.hvnet.diagram.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import io.hvnet.diagram.DiagramTypes;
import io.hvnet.dsl.hvnet.HvnetPackage.Literals;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.model.KindWords;

/** The diagram's palette, grouped as a Hyper-V administrator thinks: machines, adapters, switches, cabling. */
public class Palette implements ToolPaletteItemProvider {

	// the kinds' words are the language's (KindWords); only the wiring tools have labels of their own here
	private static final Map<String, String> LABELS = Map.ofEntries(entry(DiagramTypes.HOST, Literals.HOST),
			entry(DiagramTypes.VM, Literals.VIRTUAL_MACHINE), entry(DiagramTypes.SERVER, Literals.SERVER),
			entry(DiagramTypes.NIC, Literals.PHYSICAL_NIC), entry(DiagramTypes.VM_ADAPTER, Literals.VM_ADAPTER),
			Map.entry(DiagramTypes.EXTERNAL_SWITCH, KindWords.title(KindWords.of(SwitchType.EXTERNAL))),
			Map.entry(DiagramTypes.INTERNAL_SWITCH, KindWords.title(KindWords.of(SwitchType.INTERNAL))),
			Map.entry(DiagramTypes.PRIVATE_SWITCH, KindWords.title(KindWords.of(SwitchType.PRIVATE))),
			entry(DiagramTypes.PHYSICAL_SWITCH, Literals.PHYSICAL_SWITCH),
			entry(DiagramTypes.HOST_VNIC, Literals.HOST_VNIC),
			Map.entry(DiagramTypes.MANAGED_PHYSICAL_SWITCH, "Managed physical switch"),
			Map.entry(DiagramTypes.VIRTUAL_CABLE, "Connect adapter to switch"), entry(DiagramTypes.CABLE, Literals.CABLE));

	private static Map.Entry<String, String> entry(String type, EClass kind) {
		return Map.entry(type, KindWords.title(KindWords.of(kind)));
	}

	public static String labelOf(String type) {
		return LABELS.getOrDefault(type, type);
	}

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		return new ArrayList<>(List.of(
				group("machines", "Machines", "A", DiagramTypes.HOST, DiagramTypes.VM, DiagramTypes.SERVER),
				group("adapters", "Adapters", "B", DiagramTypes.NIC, DiagramTypes.HOST_VNIC, DiagramTypes.VM_ADAPTER),
				group("switches", "Switches", "C", DiagramTypes.EXTERNAL_SWITCH, DiagramTypes.INTERNAL_SWITCH,
						DiagramTypes.PRIVATE_SWITCH, DiagramTypes.PHYSICAL_SWITCH, DiagramTypes.MANAGED_PHYSICAL_SWITCH),
				PaletteItem.createPaletteGroup("wiring", "Wiring", new ArrayList<>(List.of(
						new PaletteItem("create-" + DiagramTypes.VIRTUAL_CABLE, labelOf(DiagramTypes.VIRTUAL_CABLE),
								new TriggerEdgeCreationAction(DiagramTypes.VIRTUAL_CABLE)),
						new PaletteItem("create-" + DiagramTypes.CABLE, labelOf(DiagramTypes.CABLE),
								new TriggerEdgeCreationAction(DiagramTypes.CABLE)))),
						"plug", "D")));
	}

	private static PaletteItem group(String id, String label, String sort, String... types) {
		List<PaletteItem> items = new ArrayList<>();
		for (String type : types) {
			PaletteItem item = new PaletteItem("create-" + type, labelOf(type), new TriggerNodeCreationAction(type));
			item.setSortString(sort + items.size());
			items.add(item);
		}
		return PaletteItem.createPaletteGroup(id, label, items, "symbol-property", sort);
	}
}
