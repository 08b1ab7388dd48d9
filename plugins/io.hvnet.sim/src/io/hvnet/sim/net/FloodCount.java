package io.hvnet.sim.net;

/**
 * How many copies the switches have flooded of one frame, shared by all of them: each copy carries its own hop
 * budget, so in a loop with more than two paths the copies multiply and no budget stops them; this count does
 * ({@link Engine#floodCopyLimit}). One per frame a stack sends, never one per hop.
 */
final class FloodCount {

	int copies;
}
