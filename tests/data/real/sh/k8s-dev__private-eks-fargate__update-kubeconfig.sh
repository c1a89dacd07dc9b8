aws eks --region <region-code> update-kubeconfig --name <cluster_name>
