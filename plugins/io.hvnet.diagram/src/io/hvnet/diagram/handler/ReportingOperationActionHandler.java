package io.hvnet.diagram.handler;

import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.utils.MessageActionUtil;

/**
 * An operation no handler takes (a client tool the server does not support) is logged and answered with a warning,
 * instead of being dropped silently: silently dropped edits look like lost work.
 */
public class ReportingOperationActionHandler extends OperationActionHandler {

	private static final Logger LOG = LogManager.getLogger(ReportingOperationActionHandler.class);

	private volatile String lastUnhandled;

	@Override
	protected List<Action> executeOperation(Operation operation) {
		if (operationHandlerRegistry.getOperationHandler(operation).isEmpty()) {
			lastUnhandled = operation.getKind();
			LOG.warn("hvnet diagram: no handler for operation '" + operation.getKind() + "'");
			return listOf(MessageActionUtil.warn("hvnet diagram cannot do '" + operation.getKind() + "'"));
		}
		return super.executeOperation(operation);
	}

	/** The kind of the last operation nobody handled, or null. */
	public String lastUnhandled() {
		return lastUnhandled;
	}
}
