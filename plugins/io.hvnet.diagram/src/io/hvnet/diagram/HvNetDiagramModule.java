package io.hvnet.diagram;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.undoredo.UndoRedoActionHandler;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

import io.hvnet.diagram.handler.ChangePropertyHandler;
import io.hvnet.diagram.handler.CreateEdgeHandler;
import io.hvnet.diagram.handler.CreateHostHandler;
import io.hvnet.diagram.handler.CreateNicHandler;
import io.hvnet.diagram.handler.CreateHostVnicHandler;
import io.hvnet.diagram.handler.CreatePhysicalSwitchHandler;
import io.hvnet.diagram.handler.CreateServerHandler;
import io.hvnet.diagram.handler.CreateVirtualSwitchHandler;
import io.hvnet.diagram.handler.CreateVmAdapterHandler;
import io.hvnet.diagram.handler.CreateVmHandler;
import io.hvnet.diagram.handler.DeleteHandler;
import io.hvnet.diagram.handler.DocumentUndoRedoHandler;
import io.hvnet.diagram.handler.LayoutHandler;
import io.hvnet.diagram.handler.ModelEdits;
import io.hvnet.diagram.handler.MoveHandler;
import io.hvnet.diagram.handler.NameEditValidator;
import io.hvnet.diagram.handler.ReconnectHandler;
import io.hvnet.diagram.handler.RenameHandler;
import io.hvnet.diagram.handler.ReportingOperationActionHandler;
import io.hvnet.diagram.handler.RestoreLayoutHandler;
import io.hvnet.diagram.handler.RoutingPointsHandler;
import io.hvnet.diagram.handler.SourceChangedHandler;
import io.hvnet.diagram.model.GraphDecoration;
import io.hvnet.diagram.model.HvNetModelState;
import io.hvnet.diagram.model.HvNetSourceModelStorage;
import io.hvnet.diagram.model.TopologyGModelFactory;
import io.hvnet.diagram.palette.Palette;
import io.hvnet.diagram.ping.DrawStepActionHandler;
import io.hvnet.diagram.ping.PingActionHandler;
import io.hvnet.diagram.ping.SessionDrawing;
import io.hvnet.diagram.ping.PingMenu;
import io.hvnet.diagram.ping.PingOverlay;
import io.hvnet.diagram.validation.DiagnosticMarkers;

/**
 * The GLSP diagram of .hvnet files: one session per open diagram, working on a
 * {@link io.hvnet.diagram.source.DiagramDocument}. The composition root: the only class that knows every feature
 * package, so that they need not know each other.
 */
public class HvNetDiagramModule extends DiagramModule {

	@Override
	public String getDiagramType() {
		return DiagramTypes.DIAGRAM_TYPE;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return HvNetDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return HvNetModelState.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return HvNetSourceModelStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return TopologyGModelFactory.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return DiagnosticMarkers.class;
	}

	@Override
	protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
		return NameEditValidator.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return Palette.class;
	}

	@Override
	protected Class<? extends ContextMenuItemProvider> bindContextMenuItemProvider() {
		return PingMenu.class;
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(HvNetSourceModelStorage.class).in(com.google.inject.Singleton.class);
		bind(ModelEdits.class).in(com.google.inject.Singleton.class);
		bind(ReportingOperationActionHandler.class).in(com.google.inject.Singleton.class);
		bind(SessionDrawing.class).in(com.google.inject.Singleton.class); // one per session: each page has its own drawing
		configureGraphDecorations();
	}

	private void configureGraphDecorations() {
		MultiBinding<GraphDecoration> decorations = MultiBinding.create(GraphDecoration.class);
		decorations.add(PingOverlay.class);
		decorations.applyBinding(binder());
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.rebind(UndoRedoActionHandler.class, DocumentUndoRedoHandler.class);
		binding.rebind(OperationActionHandler.class, ReportingOperationActionHandler.class);
		binding.add(SourceChangedHandler.class);
		binding.add(RestoreLayoutHandler.class);
		binding.add(PingActionHandler.class);
		binding.add(DrawStepActionHandler.class);
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.rebind(LayoutOperationHandler.class, LayoutHandler.class);
		binding.add(CreateHostHandler.class);
		binding.add(CreateNicHandler.class);
		binding.add(CreateVirtualSwitchHandler.class);
		binding.add(CreateVmHandler.class);
		binding.add(CreateVmAdapterHandler.class);
		binding.add(CreateHostVnicHandler.class);
		binding.add(CreatePhysicalSwitchHandler.class);
		binding.add(CreateServerHandler.class);
		binding.add(CreateEdgeHandler.class);
		binding.add(DeleteHandler.class);
		binding.add(RenameHandler.class);
		binding.add(MoveHandler.class);
		binding.add(ReconnectHandler.class);
		binding.add(RoutingPointsHandler.class);
		binding.add(ChangePropertyHandler.class);
	}
}
