// The queue suite runs twice: on Redis (queue-redis) and here on BullMQ's PostgreSQL backend, the embedded default.
import { ENV_QUEUE_BACKEND } from './services';

process.env[ENV_QUEUE_BACKEND] = 'postgres';
