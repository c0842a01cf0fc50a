import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * diplograph's local CoreNLP service: one English pipeline loaded once, served over HTTP on the
 * loopback interface only (the stock StanfordCoreNLPServer binds every interface).
 * Speaks the stock server's protocol for what diplograph uses: POST the text to
 * /?properties={"date":"YYYY-MM-DD",...} and get CoreNLP's JSON; GET /ready answers once the models are loaded.
 * Only the date is read from a request's properties: the pipeline is built once, here, so every other
 * setting (annotators, sentence splitting, tokenizer options) lives in PIPELINE below and a request cannot change it.
 * Usage: java -cp "lib/*" CoreNlpLauncher.java PORT THREADS [OWNER_PID]
 * With OWNER_PID (test runs), the service exits as soon as that process is gone, however it ended.
 */
public class CoreNlpLauncher {
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  static final Pattern DATE = Pattern.compile("\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    if (args.length > 2) watchOwner(Long.parseLong(args[2]));
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("coref.algorithm", "statistical");
    props.setProperty("ner.applyFineGrained", "true");
    props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
    // a blank line ends a sentence: a headline or a dateline paragraph is never run into the lede sentence
    // (the tokenizer keeps newlines as tokens when this is set, so it must be set before the pipeline is built)
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    long t0 = System.currentTimeMillis();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    // warm every annotator once so the first real request is not the slow one
    pipeline.annotate(new Annotation("The minister met his counterpart in Paris on Monday. \"We agree,\" he said."));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
    server.setExecutor(Executors.newFixedThreadPool(threads));
    server.createContext("/ready", ex -> reply(ex, 200, "ready\n", "text/plain"));
    server.createContext("/live", ex -> reply(ex, 200, "live\n", "text/plain"));
    server.createContext("/", ex -> {
      try {
        if (!"POST".equals(ex.getRequestMethod())) { reply(ex, 405, "POST the text to annotate\n", "text/plain"); return; }
        String text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Annotation doc = new Annotation(text);
        String query = ex.getRequestURI().getRawQuery();
        if (query != null) {
          Matcher m = DATE.matcher(URLDecoder.decode(query, StandardCharsets.UTF_8));
          if (m.find()) doc.set(CoreAnnotations.DocDateAnnotation.class, m.group(1));
        }
        long started = System.nanoTime();
        pipeline.annotate(doc);
        if (System.getenv("CORENLP_TIMING") != null) {
          System.err.println("annotated " + text.length() + " chars in " + (System.nanoTime() - started) / 1_000_000 + " ms");
          System.err.println(pipeline.timingInformation());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JSONOutputter().print(doc, out, pipeline);
        reply(ex, 200, out.toString(StandardCharsets.UTF_8), "application/json");
      } catch (Throwable error) {
        reply(ex, 500, "annotation failed: " + error + "\n", "text/plain");
      }
    });
    server.start();
    System.out.println("CORENLP_READY port=" + port + " load_ms=" + (System.currentTimeMillis() - t0));
  }

  static void watchOwner(long pid) {
    Thread watcher = new Thread(() -> {
      while (true) {
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) System.exit(0);
        try { Thread.sleep(2000); } catch (InterruptedException e) { return; }
      }
    });
    watcher.setDaemon(true);
    watcher.start();
  }

  static void reply(HttpExchange ex, int status, String body, String type) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream os = ex.getResponseBody()) { os.write(bytes); }
  }
}
