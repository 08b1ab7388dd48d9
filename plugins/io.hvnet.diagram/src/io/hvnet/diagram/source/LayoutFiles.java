package io.hvnet.diagram.source;

import java.nio.file.Path;

/** Where a diagram keeps the positions the user gave its elements: a sidecar file next to the .hvnet file. */
public final class LayoutFiles {

	public static final String SUFFIX = ".layout.json";

	/** {@code lab.hvnet} → {@code lab.hvnet.layout.json} in the same folder. */
	public static Path next(Path hvnetFile) {
		return hvnetFile.resolveSibling(hvnetFile.getFileName() + SUFFIX);
	}

	private LayoutFiles() {
	}
}
