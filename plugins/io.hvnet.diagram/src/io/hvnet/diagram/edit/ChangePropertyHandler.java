package io.hvnet.diagram.edit;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.BasicOperationHandler;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.PhysicalSwitch;
import io.hvnet.dsl.hvnet.SwitchType;
import io.hvnet.dsl.hvnet.VirtualSwitch;
import io.hvnet.dsl.model.edit.ExternalUplink;
import io.hvnet.dsl.validation.NumberRanges;

/** Changes one property; an empty value removes the setting (back to its default). */
public class ChangePropertyHandler extends BasicOperationHandler<ChangePropertyOperation> {

	@Inject
	private ModelEdits edits;

	@Override
	public Optional<Command> createCommand(ChangePropertyOperation op) {
		String value = op.getValue() == null ? "" : op.getValue().strip();
		return edits.edit("set " + op.getProperty() + " of " + op.getElementId() + " to '" + value + "'",
				c -> set(c.find(op.getElementId()), op.getProperty(), value));
	}

	private static void set(EObject element, String property, String value) {
		switch (property) {
		case "type" -> {
			SwitchType type = SwitchType.get(value);
			if (type == null) {
				throw new EditRefused("a virtual switch is external, internal or private, not '" + value + "'");
			}
			VirtualSwitch s = as(element, VirtualSwitch.class, property);
			if (type != SwitchType.EXTERNAL) {
				s = ExternalUplink.release(s); // while it is still external, so that the NIC gets its IP back
			}
			s.setType(type);
		}
		case "vlan" -> as(element, Adapter.class, property).setVlan(number(value, property, 0, NumberRanges.MAX_VLAN));
		case "metric" -> as(element, Adapter.class, property)
				.setMetric(number(value, property, 0, NumberRanges.MAX_METRIC));
		case "ip" -> as(element, Adapter.class, property).setAddress(value.isEmpty() ? null : value);
		case "gateway" -> as(element, Adapter.class, property).setGateway(value.isEmpty() ? null : value);
		case "bindings" -> {
			Adapter adapter = as(element, Adapter.class, property);
			adapter.getBindings().clear();
			Arrays.stream(value.split("[,\\s]+")).filter(b -> !b.isEmpty()).forEach(adapter.getBindings()::add);
		}
		case "ports" -> {
			if (value.isEmpty()) {
				throw new EditRefused("a physical switch needs its number of ports");
			}
			as(element, PhysicalSwitch.class, property)
					.setPorts(number(value, property, NumberRanges.MIN_PORTS, NumberRanges.MAX_PORTS));
		}
		default -> throw new EditRefused("no property '" + property + "' here");
		}
	}

	private static <T> T as(EObject element, Class<T> type, String property) {
		if (!type.isInstance(element)) {
			throw new EditRefused("'" + property + "' is not a property of " + element.eClass().getName());
		}
		return type.cast(element);
	}

	/** Refused outside min..max: the text must not get a number the language rejects (or that would not fit). */
	private static int number(String value, String property, int min, int max) {
		if (value.isEmpty()) {
			return 0;
		}
		long number;
		try {
			number = Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new EditRefused(property + " is a number, not '" + value + "'");
		}
		if (number < min || number > max) {
			throw new EditRefused(property + " is " + min + " to " + max + ", not " + value);
		}
		return (int) number;
	}
}
