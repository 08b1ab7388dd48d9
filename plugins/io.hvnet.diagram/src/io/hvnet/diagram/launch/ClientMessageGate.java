package io.hvnet.diagram.launch;

import java.util.HashSet;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a connection lets through to GLSP: messages of the client sessions it opened, for the one document it was
 * opened for. GLSP answers a message it cannot take with an exception that ends up as a stack trace in the log (a
 * wrong client id, a model request without options, a deletion of null ids); the gate answers those with a sentence
 * instead, and keeps a connection from opening any document but its own.
 */
final class ClientMessageGate {

	/** Why a message was not let through; {@code clientId} (may be null) is the session to tell. */
	record Refusal(String reason, JsonElement requestId, String clientId) {
	}

	private final String sourceUri;
	private final Set<String> clientSessions = new HashSet<>();

	/** {@code sourceUri}: the one document this connection may show; null lets any registered document through. */
	ClientMessageGate(String sourceUri) {
		this.sourceUri = sourceUri;
	}

	/** Null when the message may go to GLSP. Called on the connection's one thread, in message order. */
	Refusal check(String message) {
		JsonObject json;
		try {
			JsonElement parsed = JsonParser.parseString(message);
			if (!parsed.isJsonObject()) {
				return new Refusal("not a JSON-RPC message", null, null);
			}
			json = parsed.getAsJsonObject();
		} catch (RuntimeException notJson) {
			return new Refusal("not a JSON-RPC message (not JSON)", null, null);
		}
		JsonElement id = json.get("id");
		String method = string(json, "method");
		JsonObject params = object(json, "params");
		if (method == null) {
			return null; // a response to the server's own request
		}
		switch (method) {
		case "initializeClientSession" -> {
			String session = params == null ? null : string(params, "clientSessionId");
			if (session == null) {
				return new Refusal("initializeClientSession needs a clientSessionId", id, null);
			}
			clientSessions.add(session);
		}
		case "disposeClientSession" -> {
			String session = params == null ? null : string(params, "clientSessionId");
			if (session != null) {
				clientSessions.remove(session);
			}
		}
		case "process" -> {
			return process(params, id);
		}
		default -> {
			// initialize, shutdown and the like: GLSP checks them and answers with a JSON-RPC error
		}
		}
		return null;
	}

	private Refusal process(JsonObject params, JsonElement id) {
		String clientId = params == null ? null : string(params, "clientId");
		if (clientId == null || !clientSessions.contains(clientId)) {
			return new Refusal("no client session '" + clientId + "' was initialized on this connection", id, null);
		}
		JsonObject action = object(params, "action");
		String kind = action == null ? null : string(action, "kind");
		if (kind == null) {
			return new Refusal("a message without an action kind", id, clientId);
		}
		if (kind.equals("requestModel")) {
			JsonObject options = object(action, "options");
			String requested = options == null ? null : string(options, "sourceUri");
			if (requested == null) {
				return new Refusal("requestModel needs options.sourceUri, the .hvnet document to show", id, clientId);
			}
			if (sourceUri != null && !sourceUri.equals(requested)) {
				return new Refusal("this diagram shows " + sourceUri + " only, not " + requested, id, clientId);
			}
		}
		if (kind.equals("deleteElement") && !allStrings(action.get("elementIds"))) {
			return new Refusal("deleteElement needs the ids of the elements to delete", id, clientId);
		}
		return null;
	}

	private static boolean allStrings(JsonElement ids) {
		if (ids == null || !ids.isJsonArray()) {
			return false;
		}
		JsonArray array = ids.getAsJsonArray();
		for (JsonElement e : array) {
			if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
				return false;
			}
		}
		return true;
	}

	private static String string(JsonObject o, String member) {
		JsonElement e = o.get(member);
		return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
	}

	private static JsonObject object(JsonObject o, String member) {
		JsonElement e = o.get(member);
		return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
	}
}
