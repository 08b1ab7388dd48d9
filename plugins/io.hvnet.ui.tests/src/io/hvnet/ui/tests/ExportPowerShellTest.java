package io.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.hvnet.ui.commands.PowerShellExport;

/**
 * Export PowerShell Script in the workbench: the command writes one script per host next to the .hvnet file and opens
 * the first; a design with errors is not exported.
 */
public class ExportPowerShellTest extends WorkbenchFixture {

	@Override
	protected String projectName() {
		return "export-test";
	}

	@Test
	public void theCommandWritesOneScriptPerHostAndOpensTheFirst() throws Exception {
		IFile design = file("lab.hvnet", """
				host HV1 { nic N1 external switch Ext "Converged" on N1 parent { vnic vExt switch Ext { ip 10.0.0.1/24 vlan 10 } } }
				host HV2 { internal switch I parent { vnic vI switch I } }
				""");
		openAndFocus(design);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("io.hvnet.ui.exportPowerShell", null);
		IFile first = project.getFile("lab-powershell/HV1.ps1");
		IFile second = project.getFile("lab-powershell/HV2.ps1");
		ui.waitUntil(() -> page.getActiveEditor() != null && page.getActiveEditor().getTitle().equals("HV1.ps1"),
				"HV1.ps1 opened");
		assertTrue(first.exists() && second.exists(), "one script per host");
		String script = new String(first.readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(script.startsWith("\uFEFF# Hyper-V networking of host HV1"), script);
		assertTrue(script.contains("New-VMSwitch -Name 'Converged' -NetAdapterName 'N1' -AllowManagementOS $false"),
				script);
		assertTrue(script.contains("Set-VMNetworkAdapterVlan -ManagementOS -VMNetworkAdapterName 'vExt' -Access -VlanId 10"),
				script);
		assertTrue(new String(second.readAllBytes(), StandardCharsets.UTF_8)
				.contains("New-VMSwitch -Name 'I' -SwitchType Internal"));
	}

	@Test
	public void aDesignWithErrorsIsNotExported() throws Exception {
		IFile broken = file("broken.hvnet", "host HV1 { vm V { synthetic adapter N switch Nope } }\n");
		PowerShellExport.Result result = PowerShellExport.of(broken);
		assertEquals(0, result.scripts().size());
		assertTrue(result.errors().stream().anyMatch(e -> e.startsWith("broken.hvnet:1: ") && e.contains("Nope")),
				result.errors()::toString);
		assertFalse(project.getFolder("broken-powershell").exists(), "nothing written");
		IEditorPart unused = page.getActiveEditor();
		assertTrue(unused == null || !unused.getTitle().endsWith(".ps1"));
	}
}
