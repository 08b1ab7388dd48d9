package io.hvnet.diagram.ui;

import org.eclipse.core.runtime.Plugin;
import org.osgi.framework.BundleContext;

import io.hvnet.diagram.launch.DiagramServer;
import io.hvnet.ui.HvNetUiPlugin;

/** Holds the workbench's one in-process diagram server, on the same language injector as the text editor. */
public class DiagramUiPlugin extends Plugin {

	public static final String ID = "io.hvnet.diagram.ui";
	private static DiagramUiPlugin plugin;
	private DiagramServer server;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		plugin = null;
		super.stop(context);
	}

	public static DiagramUiPlugin getDefault() {
		return plugin;
	}

	public synchronized DiagramServer server() {
		if (server == null) {
			server = new DiagramServer(HvNetUiPlugin.getDefault().getInjector());
		}
		return server;
	}
}
