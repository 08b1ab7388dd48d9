package io.hvnet.cli;

/** The sentence for a command that ran out of heap: what happened and how to give it more. */
final class OutOfMemory {

	private OutOfMemory() {
	}

	static String message(long maxHeapBytes) {
		return "hvnet: out of memory: the command needs more than the Java heap's " + maxHeapBytes / (1024 * 1024)
				+ " MiB (give it more with HVNET_JAVA_OPTS=-Xmx4g, for example)";
	}
}
