/* Connection facts the global setup hands to the Jest workers through the environment. */
export const ENV_PG_ADMIN_URL = 'BK_TEST_PG_ADMIN_URL';
export const ENV_TEMPLATE_DB = 'BK_TEST_TEMPLATE_DB';
export const ENV_REDIS_URL = 'BK_TEST_REDIS_URL';
export const ENV_QUEUE_BACKEND = 'BK_TEST_QUEUE_BACKEND';
export const TEMPLATE_DB = 'bk_template';
