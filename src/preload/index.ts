import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('orgPlanner', {});
