package io.hvnet.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.hvnet.sim.ExpectationResult;

/** JUnit XML (the Ant/Surefire format CI servers read): one test suite per file, one test case per ping. */
final class JUnitXmlReport {

	private JUnitXmlReport() {
	}

	static void write(Path dir, Path file, List<ScenarioRun.Case> cases) throws UsageException {
		try {
			Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
			Element suite = doc.createElement("testsuite");
			String suiteName = file.toString().replace('\\', '/');
			suite.setAttribute("name", suiteName);
			suite.setAttribute("tests", Integer.toString(cases.size()));
			suite.setAttribute("failures", Long.toString(cases.stream().filter(c -> !c.passed()).count()));
			suite.setAttribute("errors", "0");
			suite.setAttribute("skipped", "0");
			doc.appendChild(suite);
			for (ScenarioRun.Case c : cases) {
				Element test = doc.createElement("testcase");
				test.setAttribute("classname", suiteName + " / " + c.scenario());
				test.setAttribute("name", c.outcome().description());
				if (!c.passed()) {
					List<ExpectationResult> failures = c.outcome().expectations().stream().filter(e -> !e.passed())
							.toList();
					Element failure = doc.createElement("failure");
					failure.setAttribute("message", failures.get(0).description() + ": " + failures.get(0).message());
					failure.setAttribute("type", "ExpectationFailed");
					failure.setTextContent(failures.stream().map(e -> e.description() + ": " + e.message())
							.collect(Collectors.joining("\n")));
					test.appendChild(failure);
				}
				suite.appendChild(test);
			}
			Files.createDirectories(dir);
			String name = "TEST-" + file.getFileName().toString().replaceAll("\\.hvnet$", "").replaceAll("[^A-Za-z0-9._-]", "_")
					+ ".xml";
			Transformer t = TransformerFactory.newInstance().newTransformer();
			t.setOutputProperty(OutputKeys.INDENT, "yes");
			t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			t.transform(new DOMSource(doc), new StreamResult(dir.resolve(name).toFile()));
		} catch (ParserConfigurationException | TransformerException | IOException e) {
			throw new UsageException("cannot write JUnit report to " + dir + ": " + e.getMessage());
		}
	}
}
