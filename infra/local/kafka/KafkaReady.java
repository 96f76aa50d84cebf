// Fallback readiness probe for infra/local/kafka.sh when node/kafkajs are not available
// (e.g. before `npm ci`). Same contract as ../kafka-ready.js, run with the JDK source launcher:
//
//   java -cp "$SLUITEND_HOME/.local/kafka/lib/*" KafkaReady.java <broker> <timeoutSeconds> [pid]
//
// Exit codes: 0 ready, 1 not ready in time, 2 the pid exited first.
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

public class KafkaReady {
  public static void main(String[] args) throws Exception {
    String broker = args.length > 0 ? args[0] : "127.0.0.1:9092";
    long deadline = System.currentTimeMillis() + (args.length > 1 ? Long.parseLong(args[1]) : 90) * 1000L;
    Long pid = args.length > 2 ? Long.valueOf(args[2]) : null;

    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "sluitend-kafka-ready");
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    String last = "not tried";
    try (Admin admin = Admin.create(props)) {
      while (true) {
        if (pid != null && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          System.err.println("kafka-ready: process " + pid + " exited before the broker became ready");
          System.exit(2);
        }
        try {
          DescribeClusterResult r = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
          int brokers = r.nodes().get(4, TimeUnit.SECONDS).size();
          var controller = r.controller().get(4, TimeUnit.SECONDS);
          if (brokers > 0 && controller != null && controller.id() >= 0) {
            System.out.println("kafka-ready: " + broker + " ready (clusterId=" + r.clusterId().get()
                + ", brokers=" + brokers + ", controller=" + controller.id() + ")");
            System.exit(0);
          }
          last = "metadata without brokers/controller";
        } catch (Exception e) {
          last = String.valueOf(e.getCause() != null ? e.getCause() : e);
        }
        if (System.currentTimeMillis() >= deadline) break;
        Thread.sleep(250);
      }
    }
    System.err.println("kafka-ready: " + broker + " not ready: " + last);
    System.exit(1);
  }
}
