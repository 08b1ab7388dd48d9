package io.hvnet.diagram.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

import com.google.inject.Inject;

import io.hvnet.diagram.palette.Palette;
import io.hvnet.dsl.hvnet.Cable;
import io.hvnet.dsl.hvnet.Element;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.hvnet.Scenario;

/**
 * Creates one family of palette elements as one model edit. GLSP picks the handler of a create-node operation by
 * its element type, so each family is a handler of its own and none needs to know the others.
 */
public abstract class CreateNodeHandler extends BasicOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	protected static final HvnetFactory MAKE = HvnetFactory.eINSTANCE;

	@Inject
	private ModelEdits edits;

	@Override
	public String getLabel() {
		return "Create element";
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation op) {
		String type = op.getElementTypeId();
		return edits.edit("create " + Palette.labelOf(type), c -> create(c, type, op.getContainerId()));
	}

	/** Adds the element to the model of {@code c}; throws {@link EditRefused} where it cannot go. */
	protected abstract void create(EditContext c, String type, String containerId);

	/** New hosts, switches and servers go before the cables and scenarios, where a reader expects them. */
	protected static void insertBeforeWiring(Network network, Element element) {
		int at = 0;
		for (int i = 0; i < network.getElements().size(); i++) {
			Element e = network.getElements().get(i);
			if (!(e instanceof Cable) && !(e instanceof Scenario)) {
				at = i + 1;
			}
		}
		network.getElements().add(at, element);
	}
}
