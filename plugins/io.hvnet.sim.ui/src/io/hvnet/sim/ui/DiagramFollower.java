package io.hvnet.sim.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import io.hvnet.diagram.ping.DrawStepAction;
import io.hvnet.diagram.ping.PingMarks;
import io.hvnet.diagram.ping.StepPicture;
import io.hvnet.diagram.ui.DiagramEditor;
import io.hvnet.sim.step.SimulationStep;
import io.hvnet.sim.step.SimulationSteps;

/**
 * The open diagrams of a file follow the Simulation view's steps: each gets the step as a
 * {@link DrawStepAction}, which its server draws on the element and edges the frame is on, with what the scenario
 * had taken down and where a failed ping's diagnosis puts the blame.
 */
final class DiagramFollower {

	private static final Gson GSON = new Gson();

	private DiagramFollower() {
	}

	/**
	 * Draws {@code step} (null: before the first, no step drawn) of the ping {@code steps}, with the ping's marks
	 * (cables unplugged, adapters disabled, the diagnosis's place).
	 */
	static void draw(IWorkbenchPage page, IFile file, SimulationStep step, SimulationSteps steps) {
		StepPicture picture = step == null ? StepPicture.before(steps.size()) : StepPicture.of(step, steps.size());
		JsonObject action = new JsonObject();
		action.addProperty("kind", DrawStepAction.KIND);
		action.add("step", GSON.toJsonTree(picture));
		action.add("marks", GSON.toJsonTree(PingMarks.of(steps)));
		for (IEditorReference ref : page.getEditorReferences()) {
			if (DiagramEditor.ID.equals(ref.getId()) && ref.getEditor(false) instanceof DiagramEditor diagram
					&& file.equals(diagram.file())) {
				diagram.dispatch(action.toString());
			}
		}
	}
}
