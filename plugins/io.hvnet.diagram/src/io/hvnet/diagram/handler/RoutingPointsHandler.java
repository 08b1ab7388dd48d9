package io.hvnet.diagram.handler;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * The client sends new routing points with every move of a connected node. Connections are drawn straight between
 * their ends and re-routed on every update, so there is nothing to keep; the handler exists so that the operation is
 * not reported as unknown.
 */
public class RoutingPointsHandler extends BasicOperationHandler<ChangeRoutingPointsOperation> {

	@Override
	public Optional<Command> createCommand(ChangeRoutingPointsOperation op) {
		return doNothing();
	}
}
