package io.hvnet.diagram.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;
import io.hvnet.dsl.hvnet.NetworkNode;

/**
 * Renames in place (the name label): the change serializer renames the element and every reference to it in the
 * file; the element keeps its stored position under its new id.
 */
public class RenameHandler extends BasicOperationHandler<ApplyLabelEditOperation> {

	@Inject
	private ModelEdits edits;
	@Inject
	private HvNetModelState state;

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation op) {
		String id = op.getLabelId().endsWith("/name") ? op.getLabelId().substring(0, op.getLabelId().length() - 5)
				: op.getLabelId();
		String newName = op.getText().strip();
		Optional<Command> edit = edits.edit("rename " + id + " to " + newName, c -> {
			if (!newName.matches("\\^?[a-zA-Z_][a-zA-Z_0-9]*")) {
				throw new EditRefused("'" + newName + "' is not a name: letters, digits and _ , not starting with a digit");
			}
			c.find(id, NetworkNode.class, "something with a name").setName(newName);
		});
		edit.ifPresent(e -> {
			int dot = id.lastIndexOf('.');
			state.positions().rename(id, (dot < 0 ? "" : id.substring(0, dot + 1)) + newName);
			state.positions().save();
		});
		return edit;
	}
}
