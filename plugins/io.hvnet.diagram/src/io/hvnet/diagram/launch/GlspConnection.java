package io.hvnet.diagram.launch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Injector;

/**
 * One web client's connection to an in-process GLSP server, message by message (JSON-RPC texts), without sockets:
 * the SWT Browser passes texts through a browser function, the standalone viewer through HTTP. Incoming messages are
 * handled in order on a thread of the connection, never on the caller's (the UI thread in Eclipse).
 */
public final class GlspConnection implements AutoCloseable {

	private static final Logger LOG = LogManager.getLogger(GlspConnection.class);

	private final GLSPServer server;
	private final MessageJsonHandler json;
	private final RemoteEndpoint endpoint;
	private final ExecutorService inbox;
	private final Consumer<String> toClient;
	private final ClientMessageGate gate;

	/**
	 * {@code toClient} receives every message for the client, on GLSP's threads. {@code sourceUri} is the one
	 * document the client may open (null: any registered one).
	 */
	public GlspConnection(Injector serverInjector, String sourceUri, Consumer<String> toClient) {
		this.server = serverInjector.getInstance(GLSPServer.class);
		this.toClient = toClient;
		this.gate = new ClientMessageGate(sourceUri);
		ServerGsonConfigurator gson = serverInjector.getInstance(ServerGsonConfigurator.class);
		Map<String, JsonRpcMethod> methods = new LinkedHashMap<>();
		methods.putAll(ServiceEndpoints.getSupportedMethods(GLSPServer.class));
		methods.putAll(ServiceEndpoints.getSupportedMethods(GLSPClient.class));
		this.json = new MessageJsonHandler(methods, gson::configureGsonBuilder);
		this.endpoint = new RemoteEndpoint(message -> toClient.accept(json.serialize(message)),
				ServiceEndpoints.toEndpoint(server));
		json.setMethodProvider(endpoint);
		server.connect(ServiceEndpoints.toServiceObject(endpoint, GLSPClient.class));
		this.inbox = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "hvnet diagram connection");
			t.setDaemon(true);
			return t;
		});
	}

	/** A message from the client. */
	public void receive(String message) {
		inbox.execute(() -> {
			ClientMessageGate.Refusal refusal = gate.check(message);
			if (refusal != null) {
				refuse(refusal);
				return;
			}
			try {
				endpoint.consume(json.parseMessage(message));
			} catch (RuntimeException e) {
				LOG.warn("hvnet diagram: cannot handle a client message: " + e.getMessage());
				tellClient(message, e);
			}
		});
	}

	/** One line in the log, and an answer the client understands: an error response, or a message to show. */
	private void refuse(ClientMessageGate.Refusal refusal) {
		LOG.warn("hvnet diagram: refused a client message: " + refusal.reason());
		if (refusal.requestId() != null) {
			JsonObject error = new JsonObject();
			error.addProperty("code", -32602); // JSON-RPC's "invalid params"
			error.addProperty("message", refusal.reason());
			JsonObject response = new JsonObject();
			response.addProperty("jsonrpc", "2.0");
			response.add("id", refusal.requestId());
			response.add("error", error);
			toClient.accept(response.toString());
		} else if (refusal.clientId() != null) {
			toClient.accept(messageAction(refusal.clientId(), "ERROR", "hvnet diagram refused this: " + refusal.reason()));
		}
	}

	private static String messageAction(String clientId, String severity, String text) {
		JsonObject action = new JsonObject();
		action.addProperty("kind", "message");
		action.addProperty("severity", severity);
		action.addProperty("message", text);
		JsonObject reply = new JsonObject();
		reply.addProperty("clientId", clientId);
		reply.add("action", action);
		JsonObject notification = new JsonObject();
		notification.addProperty("jsonrpc", "2.0");
		notification.addProperty("method", "process");
		notification.add("params", reply);
		return notification.toString();
	}

	/**
	 * An action the server does not know (a client tool without a server handler) cannot even be parsed; the client
	 * is told, so that the user does not take a dropped edit for a done one.
	 */
	private void tellClient(String message, RuntimeException problem) {
		try {
			JsonObject params = JsonParser.parseString(message).getAsJsonObject().getAsJsonObject("params");
			if (params == null || !params.has("clientId")) {
				return;
			}
			toClient.accept(messageAction(params.get("clientId").getAsString(), "WARNING",
					"hvnet diagram cannot do this: " + problem.getMessage()));
		} catch (RuntimeException notJson) {
			// not even JSON: nothing to answer to
		}
	}

	@Override
	public void close() {
		inbox.execute(server::shutdown);
		inbox.shutdown();
	}
}
