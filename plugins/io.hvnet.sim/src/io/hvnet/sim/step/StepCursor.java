package io.hvnet.sim.step;

/**
 * Where a user is in a ping's steps: before the first ({@code position() == -1}) after a reset, then one step at a
 * time forward or back, or straight to a step (a selected trace row). Playing is stepping forward every
 * {@link #delayMillis} until {@link #atEnd}; the timer belongs to the user interface.
 */
public final class StepCursor {

	/** Steps per second a player starts with. */
	public static final double DEFAULT_SPEED = 2;

	private final SimulationSteps steps;
	private int position = -1;

	public StepCursor(SimulationSteps steps) {
		this.steps = steps;
	}

	public SimulationSteps steps() {
		return steps;
	}

	public int position() {
		return position;
	}

	/** The step shown, or null before the first. */
	public SimulationStep current() {
		return position < 0 ? null : steps.get(position);
	}

	public boolean atEnd() {
		return position >= steps.size() - 1;
	}

	/** One step on; stays on the last. */
	public SimulationStep forward() {
		return moveTo(position + 1);
	}

	/** One step back; back to before the first from the first. */
	public SimulationStep back() {
		return moveTo(position - 1);
	}

	/** Before the first step: nothing drawn. */
	public void reset() {
		position = -1;
	}

	/** To step {@code index}, clamped to -1 .. the last step. */
	public SimulationStep moveTo(int index) {
		position = Math.max(-1, Math.min(index, steps.size() - 1));
		return current();
	}

	/** The pause between two steps when playing at {@code stepsPerSecond} (clamped to 0.1 .. 50). */
	public static long delayMillis(double stepsPerSecond) {
		double speed = Double.isNaN(stepsPerSecond) ? DEFAULT_SPEED : Math.max(0.1, Math.min(50, stepsPerSecond));
		return Math.round(1000 / speed);
	}
}
