package io.hvnet.sim.ui;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.hvnet.sim.step.SimulationStep;
import io.hvnet.sim.step.SimulationSteps;
import io.hvnet.sim.step.StepCursor;

/**
 * Play, pause, step forward, step back, reset and the speed for the selected ping, as a simulation mode has them.
 * Each move tells {@code moved} which step is shown now (null: before the first); playing steps forward on the
 * display's timer until the last step.
 */
final class StepControls {

	/** Steps per second to choose from; {@link StepCursor#DEFAULT_SPEED} is selected first. */
	private static final double[] SPEEDS = { 0.5, 1, 2, 4, 8 };

	private final Button reset;
	private final Button back;
	private final Button play;
	private final Button forward;
	private final Combo speed;
	private final Label where;
	private final Consumer<SimulationStep> moved;
	private StepCursor cursor;
	private boolean playing;
	private final Runnable tick = this::tick;

	StepControls(Composite parent, Consumer<SimulationStep> moved) {
		this.moved = moved;
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(7, false);
		layout.marginHeight = 0;
		bar.setLayout(layout);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText("Step:");
		reset = button(bar, "Reset", "Back to before the first step", () -> {
			pause();
			cursor.reset();
			moved();
		});
		back = button(bar, "Back", "Step back", () -> {
			pause();
			cursor.back();
			moved();
		});
		play = button(bar, "Play", "Play the steps at the chosen speed, or pause", () -> {
			if (playing) {
				pause();
			} else {
				play();
			}
		});
		forward = button(bar, "Forward", "Step forward", () -> {
			pause();
			cursor.forward();
			moved();
		});
		speed = new Combo(bar, SWT.READ_ONLY);
		for (double s : SPEEDS) {
			speed.add((s == Math.rint(s) ? String.valueOf((int) s) : String.valueOf(s)) + " steps/s");
			if (s == StepCursor.DEFAULT_SPEED) {
				speed.select(speed.getItemCount() - 1);
			}
		}
		speed.setToolTipText("How fast Play steps");
		where = new Label(bar, SWT.NONE);
		where.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		show(null);
	}

	private static Button button(Composite bar, String text, String tip, Runnable run) {
		Button b = new Button(bar, SWT.PUSH);
		b.setText(text);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, e -> run.run());
		return b;
	}

	/** Steps through {@code steps} from before the first; null: no ping selected. */
	void show(SimulationSteps steps) {
		pause();
		cursor = steps == null ? null : new StepCursor(steps);
		for (Button b : new Button[] { reset, back, play, forward }) {
			b.setEnabled(cursor != null);
		}
		update();
	}

	/** To step {@code index} (a selected trace row) without telling the listener again. */
	void moveTo(int index) {
		if (cursor != null) {
			pause();
			cursor.moveTo(index);
			update();
		}
	}

	StepCursor cursor() {
		return cursor;
	}

	boolean playing() {
		return playing;
	}

	private void play() {
		if (cursor.atEnd()) {
			cursor.reset();
		}
		playing = true;
		play.setText("Pause");
		tick();
	}

	private void pause() {
		playing = false;
		if (!play.isDisposed()) {
			play.setText("Play");
			play.getDisplay().timerExec(-1, tick);
		}
	}

	private void tick() {
		if (!playing || play.isDisposed()) {
			return;
		}
		cursor.forward();
		moved();
		if (cursor.atEnd()) {
			pause();
		} else {
			play.getDisplay().timerExec((int) StepCursor.delayMillis(SPEEDS[Math.max(0, speed.getSelectionIndex())]), tick);
		}
	}

	private void moved() {
		update();
		moved.accept(cursor.current());
	}

	private void update() {
		where.setText(cursor == null ? "select a ping to step through it"
				: cursor.position() < 0 ? cursor.steps().size() + " steps"
						: "step " + (cursor.position() + 1) + " of " + cursor.steps().size());
		where.getParent().layout();
	}
}
