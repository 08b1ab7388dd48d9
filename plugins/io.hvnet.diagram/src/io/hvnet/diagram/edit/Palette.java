package io.hvnet.diagram.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import io.hvnet.diagram.DiagramTypes;

/** The diagram's palette, grouped as a Hyper-V administrator thinks: machines, adapters, switches, cabling. */
public class Palette implements ToolPaletteItemProvider {

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry(DiagramTypes.HOST, "Hyper-V host"),
			Map.entry(DiagramTypes.VM, "Virtual machine"), Map.entry(DiagramTypes.SERVER, "Server"),
			Map.entry(DiagramTypes.NIC, "Physical NIC"), Map.entry(DiagramTypes.VM_ADAPTER, "VM network adapter"),
			Map.entry(DiagramTypes.EXTERNAL_SWITCH, "External virtual switch"),
			Map.entry(DiagramTypes.INTERNAL_SWITCH, "Internal virtual switch"),
			Map.entry(DiagramTypes.PRIVATE_SWITCH, "Private virtual switch"),
			Map.entry(DiagramTypes.PHYSICAL_SWITCH, "Physical switch"),
			Map.entry(DiagramTypes.VIRTUAL_CABLE, "Connect adapter to switch"),
			Map.entry(DiagramTypes.CABLE, "Cable"));

	static String labelOf(String type) {
		return LABELS.getOrDefault(type, type);
	}

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		return new ArrayList<>(List.of(
				group("machines", "Machines", "A", DiagramTypes.HOST, DiagramTypes.VM, DiagramTypes.SERVER),
				group("adapters", "Adapters", "B", DiagramTypes.NIC, DiagramTypes.VM_ADAPTER),
				group("switches", "Switches", "C", DiagramTypes.EXTERNAL_SWITCH, DiagramTypes.INTERNAL_SWITCH,
						DiagramTypes.PRIVATE_SWITCH, DiagramTypes.PHYSICAL_SWITCH),
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
