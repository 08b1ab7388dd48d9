package io.hvnet.ui;

import org.eclipse.core.runtime.Plugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

import io.hvnet.dsl.ide.HvNetIdeSetup;
import io.hvnet.ui.validation.WorkspaceValidation;

/** Owns the one Xtext injector (runtime + IDE services) that every editor of the workbench shares. */
public class HvNetUiPlugin extends Plugin {

	public static final String ID = "io.hvnet.ui";

	private static HvNetUiPlugin instance;
	private volatile Injector injector;
	private WorkspaceValidation workspaceValidation;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	/** Markers for every .hvnet file of the workspace, kept up to date; started once. */
	public synchronized WorkspaceValidation workspaceValidation() {
		if (workspaceValidation == null) {
			workspaceValidation = new WorkspaceValidation();
			workspaceValidation.start();
			WorkspaceValidation started = workspaceValidation;
			org.eclipse.ui.PlatformUI.getWorkbench().addWorkbenchListener(new org.eclipse.ui.IWorkbenchListener() {
				@Override
				public boolean preShutdown(org.eclipse.ui.IWorkbench workbench, boolean forced) {
					started.stop();
					return true;
				}

				@Override
				public void postShutdown(org.eclipse.ui.IWorkbench workbench) {
					// nothing left to do
				}
			});
		}
		return workspaceValidation;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (workspaceValidation != null) {
			workspaceValidation.stop();
		}
		instance = null;
		super.stop(context);
	}

	public static HvNetUiPlugin getDefault() {
		return instance;
	}

	public Injector getInjector() {
		Injector result = injector;
		if (result == null) {
			synchronized (this) {
				result = injector;
				if (result == null) {
					injector = result = new HvNetIdeSetup().createInjectorAndDoEMFRegistration();
				}
			}
		}
		return result;
	}
}
