package io.hvnet.diagram.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The web client's files (web/ of io.hvnet.diagram) as plain files for the Browser: a jar'd bundle's entries are not
 * files, so they are copied once per bundle version into this plugin's state folder.
 */
final class WebClientFiles {

	private WebClientFiles() {
	}

	static synchronized Path page() throws IOException {
		Bundle web = Platform.getBundle("io.hvnet.diagram");
		Path dir = Platform.getStateLocation(Platform.getBundle(DiagramUiPlugin.ID)).toPath()
				.resolve("web-" + web.getVersion());
		Path page = dir.resolve("diagram.html");
		if (!Files.exists(page) || web.getVersion().getQualifier().equals("qualifier")) {
			Files.createDirectories(dir);
			Enumeration<URL> entries = web.findEntries("web", "*", false);
			while (entries != null && entries.hasMoreElements()) {
				URL entry = entries.nextElement();
				String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
				if (!name.isEmpty()) {
					try (InputStream in = entry.openStream()) {
						Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
		}
		if (!Files.exists(page)) {
			throw new IOException("the diagram's web client is missing from io.hvnet.diagram (web/diagram.html)");
		}
		return page;
	}
}
