package io.hvnet.ui.validation;

import org.eclipse.ui.IStartup;

import io.hvnet.ui.HvNetUiPlugin;

/** Starts workspace validation with the workbench, so closed files get their markers too. */
public class ValidationStartup implements IStartup {

	@Override
	public void earlyStartup() {
		HvNetUiPlugin.getDefault().workspaceValidation();
	}
}
