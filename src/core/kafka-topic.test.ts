import { describe, expect, it } from 'vitest';
import { javaRegex, kafkaTopicKeys, readsTopic, topicOfKey } from './kafka-topic';

const key = (options: Record<string, string>) =>
  kafkaTopicKeys('kafka', { 'properties.bootstrap.servers': 'b2:9092, b1:9092', ...options });

describe('topic-pattern: what Flink Kafka source reads (java.util.regex, the whole name)', () => {
  const matches = (pattern: string, topic: string) => javaRegex(pattern)?.test(topic);

  it('matches the whole topic name, not a part of it', () => {
    expect(matches('orders-.*', 'orders-eu')).toBe(true);
    expect(matches('orders', 'orders-eu')).toBe(false);
    expect(matches('eu', 'orders-eu')).toBe(false);
    expect(matches('orders-eu|orders-us', 'orders-us')).toBe(true);
    expect(matches('a|b', 'ab')).toBe(false);
  });

  // Each answer as java.util.regex gives it (JDK 17, Pattern.compile(p).matcher(topic).matches()).
  it('reads Java constructs JavaScript writes otherwise', () => {
    expect(matches('\\Qorders.eu\\E', 'orders.eu')).toBe(true);
    expect(matches('\\Qorders.eu\\E', 'ordersXeu')).toBe(false);
    expect(matches('(?i)orders-[a-z]+', 'ORDERS-EU')).toBe(true);
    // The flag goes on to the end of its group, through the next branches, not before it.
    expect(matches('x(?i)y|z', 'Z')).toBe(true);
    expect(matches('x(?i)y|z', 'XY')).toBe(false);
    expect(matches('x(?i)y|z', 'xY')).toBe(true);
    expect(matches('orders-\\p{Lower}{2}', 'orders-eu')).toBe(true);
    expect(matches('orders-\\p{Lower}{2}', 'orders-EU')).toBe(false);
    expect(matches('[]x]+', ']x]')).toBe(true);
  });

  it('relates no topic through a construct it does not translate, or a pattern Java refuses', () => {
    expect(javaRegex('orders-.*+')).toBeUndefined(); // possessive
    expect(javaRegex('(?>orders)-eu')).toBeUndefined(); // atomic group
    expect(javaRegex('[a-z&&[^e]]+')).toBeUndefined(); // class intersection
    expect(javaRegex('orders-\\h')).toBeUndefined();
    expect(javaRegex('orders-(eu')).toBeUndefined();
  });
});

describe('topic keys', () => {
  it('relates a pattern to the topics it matches on the same brokers', () => {
    const [pattern] = key({ 'topic-pattern': 'orders-.*' });
    const [eu] = key({ topic: 'orders-eu' });
    const [other] = kafkaTopicKeys('kafka', { topic: 'orders-eu', 'properties.bootstrap.servers': 'x:9092' });
    expect(topicOfKey(pattern!)).toBe('orders-.*');
    expect(readsTopic(pattern!, eu!)).toBe(true);
    expect(readsTopic(pattern!, other!)).toBe(false);
    expect(readsTopic(eu!, pattern!)).toBe(false);
    expect(readsTopic(eu!, eu!)).toBe(true);
    expect(readsTopic(pattern!, key({ topic: 'payments' })[0]!)).toBe(false);
  });
});
