// The few Kafka client calls the local stack needs, run as a single-file Java program against the
// broker's own jars (java -cp 'libs/*' KafkaTool.java ...):
//   topics   BROKERS NAME[:PARTITIONS] ...   create topics (existing ones are left alone)
//   produce  BROKERS TOPIC                   send stdin's lines: "VALUE", "KEY<TAB>VALUE" or
//                                            "TIMESTAMP_MS<TAB>KEY<TAB>VALUE"; prints how many
//   count    BROKERS TOPIC                   print how many records the topic holds
//   fill     BROKERS TOPIC COUNT             send COUNT records "0" … "COUNT-1" as fast as the
//                                            broker takes them (a backlog); prints how many
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

public class KafkaTool {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: KafkaTool topics|produce|count|fill BROKERS ARGS...");
      System.exit(2);
    }
    String brokers = args[1];
    try {
      switch (args[0]) {
        case "topics" -> topics(brokers, List.of(args).subList(2, args.length));
        case "produce" -> produce(brokers, args[2]);
        case "count" -> System.out.println(count(brokers, args[2]));
        case "fill" -> fill(brokers, args[2], Long.parseLong(args[3]));
        default -> {
          System.err.println("KafkaTool: unknown command " + args[0]);
          System.exit(2);
        }
      }
    } catch (ExecutionException e) {
      System.err.println("KafkaTool " + args[0] + ": " + e.getCause());
      System.exit(1);
    }
  }

  static Admin admin(String brokers) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
    return Admin.create(p);
  }

  static void topics(String brokers, List<String> specs) throws Exception {
    List<NewTopic> wanted = new ArrayList<>();
    for (String spec : specs) {
      String[] parts = spec.split(":");
      int partitions = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
      wanted.add(new NewTopic(parts[0], partitions, (short) 1));
    }
    try (Admin admin = admin(brokers)) {
      for (var entry : admin.createTopics(wanted).values().entrySet()) {
        try {
          entry.getValue().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) throw e;
        }
      }
    }
  }

  static void produce(String brokers, String topic) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    int sent = 0;
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p);
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) continue;
        String[] f = line.split("\t", 3);
        Long timestamp = f.length == 3 ? Long.valueOf(f[0]) : null;
        String key = f.length == 1 ? null : f[f.length - 2];
        String value = f[f.length - 1];
        producer.send(new ProducerRecord<>(topic, null, timestamp, key, value)).get(60, TimeUnit.SECONDS);
        sent++;
      }
      producer.flush();
    }
    System.out.println(sent);
  }

  static void fill(String brokers, String topic, long count) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    AtomicReference<Exception> failed = new AtomicReference<>();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      for (long i = 0; i < count && failed.get() == null; i++) {
        producer.send(
            new ProducerRecord<>(topic, Long.toString(i)),
            (meta, e) -> {
              if (e != null) failed.compareAndSet(null, e);
            });
      }
      producer.flush();
    }
    if (failed.get() != null) throw new ExecutionException(failed.get());
    System.out.println(count);
  }

  static long count(String brokers, String topic) throws Exception {
    try (Admin admin = admin(brokers)) {
      TopicDescription d =
          admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS).get(topic);
      List<TopicPartition> parts =
          d.partitions().stream().map(i -> new TopicPartition(topic, i.partition())).toList();
      Map<TopicPartition, OffsetSpec> earliest =
          parts.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()));
      Map<TopicPartition, OffsetSpec> latest =
          parts.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
      var from = admin.listOffsets(earliest).all().get(60, TimeUnit.SECONDS);
      var to = admin.listOffsets(latest).all().get(60, TimeUnit.SECONDS);
      long total = 0;
      for (TopicPartition tp : parts) total += to.get(tp).offset() - from.get(tp).offset();
      return total;
    }
  }
}
