export * from './kanalen';
export * from './realtime';
export * from './sjablonen';
export * from './sms';
export * from './stille-uren';
export * from './wanneer';
export * from './kanaal';
