package io.hvnet.sim.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import io.hvnet.diagram.ping.DrawStepAction;
import io.hvnet.diagram.ping.StepPicture;
import io.hvnet.diagram.ui.DiagramEditor;
import io.hvnet.sim.step.SimulationStep;

/**
 * The open diagrams of a file follow the Simulation view's steps: each gets the step as a
 * {@link DrawStepAction}, which its server draws on the element and edges the frame is on.
 */
final class DiagramFollower {

	private static final Gson GSON = new Gson();

	private DiagramFollower() {
	}

	/** Draws {@code step} (null: before the first, nothing drawn) of a ping of {@code count} steps. */
	static void draw(IWorkbenchPage page, IFile file, SimulationStep step, int count) {
		StepPicture picture = step == null ? StepPicture.before(count) : StepPicture.of(step, count);
		JsonObject action = new JsonObject();
		action.addProperty("kind", DrawStepAction.KIND);
		action.add("step", GSON.toJsonTree(picture));
		for (IEditorReference ref : page.getEditorReferences()) {
			if (DiagramEditor.ID.equals(ref.getId()) && ref.getEditor(false) instanceof DiagramEditor diagram
					&& file.equals(diagram.file())) {
				diagram.dispatch(action.toString());
			}
		}
	}
}
