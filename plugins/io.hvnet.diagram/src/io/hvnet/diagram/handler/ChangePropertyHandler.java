package io.hvnet.diagram.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;

import com.google.inject.Inject;

/** Changes one property ({@link EditableProperties}); an empty value removes the setting (back to its default). */
public class ChangePropertyHandler extends BasicOperationHandler<ChangePropertyOperation> {

	@Inject
	private ModelEdits edits;

	@Override
	public Optional<Command> createCommand(ChangePropertyOperation op) {
		String value = op.getValue() == null ? "" : op.getValue().strip();
		return edits.edit("set " + op.getProperty() + " of " + op.getElementId() + " to '" + value + "'",
				c -> EditableProperties.named(op.getProperty()).write(c.find(op.getElementId()), value));
	}
}
