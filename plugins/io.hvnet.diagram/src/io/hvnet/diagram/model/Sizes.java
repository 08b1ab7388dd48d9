package io.hvnet.diagram.model;

/**
 * Sizes of diagram elements, computed on the server from their labels so that the diagram needs no measuring
 * round trip through the browser (which would slow big topologies down). The client's CSS uses the same fonts.
 */
final class Sizes {

	static final double LINE = 15;
	static final double PORT = 14;
	static final double PORT_PITCH = 22;
	static final double SWITCH_HEIGHT = 56;
	/** A switch with more ports is drawn with this many; the rest exist in the model only. */
	static final int MAX_DRAWN_PORTS = 96;

	/** Room at a node's top right for the icon of its kind (drawn by the client). */
	static final double ICON = 20;

	private static final double NAME_CHAR = 9.0;
	private static final double DETAIL_CHAR = 6.6;

	static double textWidth(String name, String... details) {
		double width = (name == null ? 0 : name.length()) * NAME_CHAR + ICON;
		for (String d : details) {
			width = Math.max(width, d.length() * DETAIL_CHAR);
		}
		return Math.max(width, 60);
	}

	static double detailWidth(String text) {
		return text.length() * DETAIL_CHAR;
	}

	/** A container's title line: the name, then the detail in the smaller font. */
	static double titleWidth(String name, String detail) {
		return (name == null ? 0 : name.length()) * NAME_CHAR + 10 + detail.length() * DETAIL_CHAR + ICON;
	}

	static double leafHeight(int detailLines) {
		return 26 + LINE * detailLines;
	}

	private Sizes() {
	}
}
