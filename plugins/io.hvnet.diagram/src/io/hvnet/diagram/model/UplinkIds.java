package io.hvnet.diagram.model;

/**
 * Ids of the edges from an external switch to the NICs it takes: {@code uplink:HV01.Ext} for its first NIC (the id
 * the one uplink of a plain external switch has always had, so saved layouts keep their routes), and
 * {@code uplink:HV01.Ext#HV01.NIC2}, the id of the switch's port to that NIC, for every further member of a SET team.
 */
public final class UplinkIds {

	public static final String PREFIX = "uplink:";

	private UplinkIds() {
	}

	/** The id of the edge to the {@code member}-th NIC (0 = first) of the switch. */
	public static String of(String switchId, String nicId, int member) {
		return PREFIX + (member == 0 ? switchId : ElementIndex.portId(switchId, nicId));
	}

	public static boolean is(String edgeId) {
		return edgeId.startsWith(PREFIX);
	}

	/** The switch an uplink edge leaves. */
	public static String switchId(String edgeId) {
		String rest = edgeId.substring(PREFIX.length());
		int port = rest.indexOf(ElementIndex.PORT);
		return port < 0 ? rest : rest.substring(0, port);
	}

	/** The NIC an uplink edge goes to, or null for the switch's first NIC (whose edge id does not name it). */
	public static String nicId(String edgeId) {
		String rest = edgeId.substring(PREFIX.length());
		int port = rest.indexOf(ElementIndex.PORT);
		return port < 0 ? null : rest.substring(port + 1);
	}
}
