console.log('org-planner');
