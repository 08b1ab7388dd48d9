package io.hvnet.diagram.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;

import com.google.inject.Inject;

import io.hvnet.diagram.model.HvNetModelState;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.model.Names;

/**
 * Renames in place (the name label): the change serializer renames the element and every reference to it in the
 * file; the element keeps its stored position under its new id. A name that is not one, or that another element
 * of the namespace has, is refused ({@link NewName}).
 */
public class RenameHandler extends BasicOperationHandler<ApplyLabelEditOperation> {

	@Inject
	private ModelEdits edits;
	@Inject
	private HvNetModelState state;

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation op) {
		String id = NewName.ownerOf(op.getLabelId());
		String newName = op.getText().strip();
		Optional<Command> edit = edits.edit("rename " + id + " to " + newName, c -> {
			NetworkNode node = c.find(id, NetworkNode.class, "something with a name");
			String why = NewName.whyNot(state.elements(), id, newName);
			if (why != null) {
				throw new EditRefused(why);
			}
			node.setName(Names.typedName(newName)); // the serializer writes a word of the language as ^word
		});
		edit.ifPresent(e -> {
			state.positions().rename(id, NewName.renamedId(id, newName));
			state.positions().save();
		});
		return edit;
	}
}
